package dev.betterauth.core.flow;

import dev.betterauth.core.ErrorCodes;
import java.text.ParseException;
import java.util.Map;
import java.util.Objects;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import dev.betterauth.core.OAuthError;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderHttpClient;
import dev.betterauth.core.provider.TokenSet;
import dev.betterauth.core.provider.UserInfoMappers;

/**
 * Reads who signed in. For an OpenID provider the id_token's claims are used when they carry
 * {@code sub} and {@code email}; otherwise the userinfo endpoint. The id_token came straight from
 * the token endpoint over TLS with client authentication (OpenID Connect Core 3.1.3.7); its nonce
 * must match the flow's, and a userinfo {@code sub} must match the id_token's.
 */
public class UserInfoLoader {

	private final ProviderHttpClient http;

	private final UserInfoMappers mappers;

	public UserInfoLoader(ProviderHttpClient http, UserInfoMappers mappers) {
		this.http = http;
		this.mappers = mappers;
	}

	/**
	 * Loads and maps the user info.
	 * @param provider the provider
	 * @param tokens the tokens from the code exchange
	 * @param expectedNonce the flow's nonce, or {@code null}
	 * @return the user info, with a non-blank id
	 * @throws OAuthError {@code unable_to_get_user_info}
	 */
	public OAuthUserInfo load(OAuthProvider provider, TokenSet tokens, String expectedNonce) {
		Map<String, Object> idClaims = null;
		if (tokens.idToken() != null) {
			idClaims = claims(tokens.idToken());
			Object nonce = idClaims.get("nonce");
			if (expectedNonce != null && nonce != null && !expectedNonce.equals(nonce)) {
				throw failure("the id_token's nonce does not match the one sent with this sign-in");
			}
		}
		Map<String, Object> profile;
		if (idClaims != null && idClaims.get("sub") != null && idClaims.get("email") != null) {
			profile = idClaims;
		}
		else if (provider.endpoints().userInfoUri() != null) {
			try {
				profile = this.http.fetchUserInfo(provider, tokens.accessToken());
			}
			catch (ProviderException ex) {
				throw new OAuthError(ErrorCodes.UNABLE_TO_GET_USER_INFO, ex.getMessage(), ex);
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

	private static Map<String, Object> claims(String idToken) {
		try {
			JWTClaimsSet claims = JWTParser.parse(idToken).getJWTClaimsSet();
			return claims.toJSONObject();
		}
		catch (ParseException ex) {
			throw new OAuthError(ErrorCodes.UNABLE_TO_GET_USER_INFO, "the id_token is not a readable JWT", ex);
		}
	}

	private static OAuthError failure(String description) {
		return new OAuthError(ErrorCodes.UNABLE_TO_GET_USER_INFO, description);
	}

}
