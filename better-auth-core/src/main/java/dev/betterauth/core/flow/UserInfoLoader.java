package dev.betterauth.core.flow;

import java.util.Map;
import java.util.Objects;

import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.provider.IdTokenException;
import dev.betterauth.core.provider.IdTokenVerifier;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderEndpoints;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderHttpClient;
import dev.betterauth.core.provider.TokenSet;
import dev.betterauth.core.provider.UserInfoMappers;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads who signed in. An id_token is verified ({@link IdTokenVerifier}: signature
 * against the provider's JWKS, {@code iss}, {@code aud}, {@code exp}/{@code iat}, and the
 * flow's nonce); its claims are used when they carry {@code sub} and {@code email},
 * otherwise the userinfo endpoint, whose {@code sub} must then match. A provider without
 * a JWKS cannot have its id_token verified, so its claims are not trusted and the
 * userinfo endpoint is used.
 */
public class UserInfoLoader {

	private static final Logger logger = LoggerFactory.getLogger(UserInfoLoader.class);

	private final ProviderHttpClient http;

	private final UserInfoMappers mappers;

	private final IdTokenVerifier idTokens;

	public UserInfoLoader(ProviderHttpClient http, UserInfoMappers mappers, IdTokenVerifier idTokens) {
		this.http = http;
		this.mappers = mappers;
		this.idTokens = idTokens;
	}

	/**
	 * Verifies an id_token against the provider's keys.
	 * @param provider the provider
	 * @param idToken the id_token
	 * @param expectedNonce the nonce it must carry, or {@code null}
	 * @return its claims, or {@code null} when the provider has no JWKS to verify it with
	 * @throws OAuthFlowException {@code unable_to_get_user_info} when verification fails
	 */
	public @Nullable Map<String, Object> verifiedClaims(OAuthProvider provider, String idToken,
			@Nullable String expectedNonce) {
		ProviderEndpoints endpoints = provider.endpoints();
		if (endpoints.jwksUri() == null || endpoints.issuer() == null) {
			logger.debug("Provider {} has no JWKS: its id_token is not used", provider.id());
			return null;
		}
		try {
			return this.idTokens
				.verify(idToken, endpoints.jwksUri(), endpoints.issuer(), provider.registration().clientId(),
						expectedNonce)
				.toJSONObject();
		}
		catch (IdTokenException ex) {
			throw failure(ex.getMessage());
		}
	}

	/**
	 * Loads and maps the user info.
	 * @param provider the provider
	 * @param tokens the tokens from the code exchange
	 * @param expectedNonce the flow's nonce, or {@code null}
	 * @return the user info, with a non-blank id
	 * @throws OAuthFlowException {@code unable_to_get_user_info}
	 */
	public OAuthUserInfo load(OAuthProvider provider, TokenSet tokens, @Nullable String expectedNonce) {
		Map<String, Object> idClaims = (tokens.idToken() != null)
				? verifiedClaims(provider, tokens.idToken(), expectedNonce) : null;
		Map<String, Object> profile;
		if (idClaims != null && idClaims.get("sub") != null && idClaims.get("email") != null) {
			profile = idClaims;
		}
		else if (provider.endpoints().userInfoUri() != null) {
			try {
				profile = this.http.fetchUserInfo(provider, tokens.accessToken());
			}
			catch (ProviderException ex) {
				logger.warn("Reading the profile from provider {} failed: {}", provider.id(), ex.logLine());
				throw new OAuthFlowException(ErrorCodes.UNABLE_TO_GET_USER_INFO, ex.getMessage(), ex);
			}
			if (idClaims != null && idClaims.get("sub") != null && profile.get("sub") != null
					&& !Objects.equals(idClaims.get("sub"), profile.get("sub"))) {
				throw failure("the userinfo endpoint's sub differs from the id_token's");
			}
		}
		else if (idClaims != null) {
			profile = idClaims;
		}
		else {
			throw failure("provider '" + provider.id() + "' returned no id_token and has no userinfo endpoint");
		}
		OAuthUserInfo info = this.mappers.forProvider(provider.id()).map(provider.id(), profile);
		if (info == null || info.id() == null || info.id().isBlank()) {
			throw failure("the provider's profile has no subject (sub or id)");
		}
		return info;
	}

	private static OAuthFlowException failure(String description) {
		return new OAuthFlowException(ErrorCodes.UNABLE_TO_GET_USER_INFO, description);
	}

}
