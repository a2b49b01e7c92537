package dev.betterauth.core.token;

import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.BetterAuthException.Kind;
import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.flow.UserInfoLoader;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthProviders;
import dev.betterauth.core.provider.OAuthUserInfo;
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

	private final UserInfoLoader userInfo;

	public AccountInfoService(AccessTokenService tokens, OAuthProviders providers, UserInfoLoader userInfo) {
		this.tokens = tokens;
		this.providers = providers;
		this.userInfo = userInfo;
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
		try {
			return new AccountInfo(token, this.userInfo.loadWithAccessToken(provider, token.accessToken()));
		}
		catch (OAuthFlowException ex) {
			logger.warn("Reading the profile of account {} failed: {}", accountId, ex.description());
			throw new AccessTokenException(ErrorCodes.FAILED_TO_GET_ACCESS_TOKEN,
					"The " + provider.id() + " profile could not be read: " + ex.description());
		}
	}

	/**
	 * @param token the token used
	 * @param user the profile
	 */
	public record AccountInfo(AccessToken token, OAuthUserInfo user) {
	}

}
