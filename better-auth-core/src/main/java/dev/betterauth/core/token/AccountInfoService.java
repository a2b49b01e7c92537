package dev.betterauth.core.token;

import java.util.Map;

import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.BetterAuthException.Kind;
import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthProviders;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderHttpClient;
import dev.betterauth.core.provider.UserInfoMappers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider's current profile of one of the user's accounts ({@code account-info}),
 * read with a fresh access token.
 */
public class AccountInfoService {

	private static final Logger logger = LoggerFactory.getLogger(AccountInfoService.class);

	private final AccessTokenService tokens;

	private final OAuthProviders providers;

	private final ProviderHttpClient http;

	private final UserInfoMappers mappers;

	public AccountInfoService(AccessTokenService tokens, OAuthProviders providers, ProviderHttpClient http,
			UserInfoMappers mappers) {
		this.tokens = tokens;
		this.providers = providers;
		this.http = http;
		this.mappers = mappers;
	}

	/**
	 * Reads the profile.
	 * @param userId the signed-in user
	 * @param accountId the account row id
	 * @return the mapped user info (with the raw claims) and the token it was read with
	 */
	public AccountInfo info(String userId, String accountId) {
		AccessToken token = this.tokens.getByAccountId(userId, accountId);
		OAuthProvider provider = this.providers.find(token.providerId())
			.orElseThrow(() -> new BetterAuthException(Kind.INVALID_REQUEST, ErrorCodes.PROVIDER_NOT_FOUND,
					"Provider " + token.providerId() + " is no longer configured"));
		Map<String, Object> profile;
		try {
			profile = this.http.fetchUserInfo(provider, token.accessToken());
		}
		catch (ProviderException ex) {
			logger.warn("Reading the profile of account {} failed: {}", accountId, ex.logLine());
			throw new AccessTokenException(ErrorCodes.FAILED_TO_GET_ACCESS_TOKEN,
					"The " + provider.id() + " profile could not be read: " + ex.getMessage());
		}
		return new AccountInfo(token, this.mappers.forProvider(provider.id()).map(provider.id(), profile));
	}

	/**
	 * @param token the token used
	 * @param user the profile
	 */
	public record AccountInfo(AccessToken token, OAuthUserInfo user) {
	}

}
