package dev.betterauth.core.flow;

import java.util.ArrayList;
import java.util.List;
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
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.TokenSet;
import dev.betterauth.core.provider.UserInfoMappers;
import dev.betterauth.core.provider.UserInfoMapping;
import dev.betterauth.core.provider.UserInfoRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads who signed in. An id_token is verified ({@link IdTokenVerifier}: signature
 * against the provider's JWKS, {@code iss}, {@code aud}, {@code exp}/{@code iat}, and the
 * flow's nonce); its claims are used when they carry {@code sub} and {@code email},
 * otherwise the userinfo endpoint, whose {@code sub} must then match. A provider without
 * a JWKS cannot have its id_token verified, so its claims are not trusted and the
 * userinfo endpoint is used. The mapping is the first application {@code UserInfoMapper}
 * naming the provider, else its preset's, else the standard one; it gets a
 * {@link UserInfoRequest}, whose profile is read only if the mapping asks for it.
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
		return verifiedClaims(provider, idToken, expectedNonce, false);
	}

	private @Nullable Map<String, Object> verifiedClaims(OAuthProvider provider, String idToken,
			@Nullable String expectedNonce, boolean nonceMayBeHashed) {
		ProviderEndpoints endpoints = provider.endpoints();
		if (endpoints.jwksUri() == null || endpoints.issuer() == null) {
			logger.debug("Provider {} has no JWKS: its id_token is not used", provider.id());
			return null;
		}
		ProviderRegistration registration = provider.registration();
		try {
			Map<String, Object> claims = this.idTokens
				.verify(idToken, endpoints.jwksUri(), endpoints.issuer(), audiences(registration), expectedNonce,
						nonceMayBeHashed)
				.toJSONObject();
			registration.quirks().checkIdToken(claims, registration);
			return claims;
		}
		catch (IdTokenException ex) {
			throw failure(ex.getMessage());
		}
	}

	/**
	 * Verifies a token a native app sent: by the provider's own check where it has one (a
	 * Facebook access token, LINE's verify endpoint), else as an id_token.
	 * @param provider the provider
	 * @param idToken the token
	 * @param nonce the nonce it must carry, or {@code null}
	 * @param accessToken the access token the app sent, or {@code null}
	 * @return its claims, or {@code null} when the provider has no way to verify it
	 * @throws OAuthFlowException {@code unable_to_get_user_info} when verification fails
	 */
	public @Nullable Map<String, Object> verifiedNativeClaims(OAuthProvider provider, String idToken,
			@Nullable String nonce, @Nullable String accessToken) {
		Map<String, Object> claims;
		try {
			claims = provider.registration()
				.quirks()
				.verifyNativeToken(idToken, nonce, this.http.api(provider, accessToken));
		}
		catch (IdTokenException ex) {
			throw failure(ex.getMessage());
		}
		catch (ProviderException ex) {
			logger.warn("Verifying a native token with provider {} failed: {}", provider.id(), ex.logLine());
			throw failure(ex.getMessage());
		}
		return (claims != null) ? claims
				: verifiedClaims(provider, idToken, nonce, provider.registration().quirks().nativeNonceMayBeHashed());
	}

	private static List<String> audiences(ProviderRegistration registration) {
		if (registration.audiences().isEmpty()) {
			return List.of(registration.clientId());
		}
		List<String> audiences = new ArrayList<>(registration.audiences().size() + 1);
		audiences.add(registration.clientId());
		audiences.addAll(registration.audiences());
		return audiences;
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
		return load(provider, tokens, expectedNonce, Map.of());
	}

	/**
	 * Loads and maps the user info.
	 * @param provider the provider
	 * @param tokens the tokens from the code exchange
	 * @param expectedNonce the flow's nonce, or {@code null}
	 * @param callbackParameters the callback's parameters (Apple's {@code user})
	 * @return the user info, with a non-blank id
	 * @throws OAuthFlowException {@code unable_to_get_user_info}
	 */
	public OAuthUserInfo load(OAuthProvider provider, TokenSet tokens, @Nullable String expectedNonce,
			Map<String, String> callbackParameters) {
		Map<String, Object> idClaims = (tokens.idToken() != null)
				? verifiedClaims(provider, tokens.idToken(), expectedNonce) : null;
		UserInfoMapping mapping = this.mappers.forProvider(provider.registration());
		if (this.mappers.isStandard(mapping) && idClaims == null && provider.endpoints().userInfoUri() == null) {
			throw failure("provider '" + provider.id() + "' returned no id_token and has no userinfo endpoint");
		}
		UserInfoRequest request = new UserInfoRequest(provider, tokens, idClaims,
				() -> profile(provider, tokens, idClaims), callbackParameters, this.http, expectedNonce);
		return map(mapping, request);
	}

	/**
	 * Maps verified claims (a native sign-in's) with the provider's mapping.
	 * @param provider the provider
	 * @param tokens the tokens the app sent
	 * @param claims the verified claims, which are the profile
	 * @param appParameters what the app sent besides the tokens (Apple's {@code user})
	 * @return the user info, with a non-blank id
	 * @throws OAuthFlowException {@code unable_to_get_user_info}
	 */
	public OAuthUserInfo mapClaims(OAuthProvider provider, TokenSet tokens, Map<String, Object> claims,
			Map<String, String> appParameters) {
		return map(this.mappers.forProvider(provider.registration()),
				new UserInfoRequest(provider, tokens, claims, () -> claims, appParameters, this.http));
	}

	/**
	 * Reads and maps the profile with an access token (the account-info endpoint).
	 * @param provider the provider
	 * @param accessToken the access token
	 * @return the user info, with a non-blank id
	 * @throws OAuthFlowException {@code unable_to_get_user_info}
	 */
	public OAuthUserInfo loadWithAccessToken(OAuthProvider provider, String accessToken) {
		TokenSet tokens = new TokenSet(accessToken, null, null, null, null, null);
		return map(this.mappers.forProvider(provider.registration()), new UserInfoRequest(provider, tokens, null,
				() -> profile(provider, tokens, null), Map.of(), this.http));
	}

	private OAuthUserInfo map(UserInfoMapping mapping, UserInfoRequest request) {
		OAuthUserInfo info;
		try {
			info = mapping.map(request);
		}
		catch (ProviderException ex) {
			logger.warn("Reading the profile from provider {} failed: {}", request.providerId(), ex.logLine());
			throw new OAuthFlowException(ErrorCodes.UNABLE_TO_GET_USER_INFO, ex.getMessage(), ex);
		}
		if (info == null || info.id() == null || info.id().isBlank()) {
			throw failure("the provider's profile has no subject (sub or id)");
		}
		return info;
	}

	private Map<String, Object> profile(OAuthProvider provider, TokenSet tokens,
			@Nullable Map<String, Object> idClaims) {
		if (idClaims != null && idClaims.get("sub") != null && idClaims.get("email") != null) {
			return idClaims;
		}
		if (provider.endpoints().userInfoUri() != null && tokens.accessToken() != null) {
			Map<String, Object> profile = this.http.fetchUserInfo(provider, tokens.accessToken());
			if (idClaims != null && idClaims.get("sub") != null && profile.get("sub") != null
					&& !Objects.equals(idClaims.get("sub"), profile.get("sub"))) {
				throw new OAuthFlowException(ErrorCodes.UNABLE_TO_GET_USER_INFO,
						"the userinfo endpoint's sub differs from the id_token's");
			}
			return profile;
		}
		return (idClaims != null) ? idClaims : Map.of();
	}

	private static OAuthFlowException failure(String description) {
		return new OAuthFlowException(ErrorCodes.UNABLE_TO_GET_USER_INFO, description);
	}

}
