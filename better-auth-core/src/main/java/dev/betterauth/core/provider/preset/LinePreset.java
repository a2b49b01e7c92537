package dev.betterauth.core.provider.preset;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.betterauth.core.provider.IdTokenException;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderApi;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderQuirks;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;
import org.jspecify.annotations.Nullable;

/**
 * LINE Login v2.1, OpenID Connect whose web id_tokens are signed with the channel secret
 * (HS256), which no JWKS can verify. They are verified by LINE instead: its
 * {@code /verify} endpoint checks the signature, expiry and nonce and answers the claims,
 * whose audience must be this channel. That is the only place the email is (with LINE's
 * email permission); without an id_token the userinfo endpoint gives the rest. LINE never
 * says that an email is verified. Native apps' id_tokens are verified the same way.
 */
final class LinePreset implements ProviderPreset {

	static final URI VERIFY = URI.create("https://api.line.me/oauth2/v2.1/verify");

	@Override
	public String type() {
		return "line";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		// No issuer or JWKS: the id_token is verified by LINE, in the mapping.
		provider.authorizationUri("https://access.line.me/oauth2/v2.1/authorize")
			.tokenUri("https://api.line.me/oauth2/v2.1/token")
			.userInfoUri("https://api.line.me/oauth2/v2.1/userinfo")
			.scopes("openid", "profile", "email")
			.mapping(LinePreset::map)
			.quirks(new RemoteVerification(provider.clientId()));
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		// Native sign-in: verified already. Redirect: the id_token is not, yet.
		Map<String, Object> claims = request.idTokenClaims();
		String idToken = request.tokens().idToken();
		if (claims == null && idToken != null) {
			try {
				claims = verify(idToken, request.expectedNonce(), request.registration().clientId(), request.api());
			}
			catch (IdTokenException ex) {
				throw new ProviderException("LINE refused the id_token: " + ex.getMessage());
			}
		}
		Map<String, Object> profile = (claims != null) ? claims : request.profile();
		return new OAuthUserInfo(Profiles.text(profile, "sub"), Profiles.text(profile, "email"), false,
				Profiles.text(profile, "name"), Profiles.text(profile, "picture"), profile);
	}

	/**
	 * Has LINE verify an id_token for this channel.
	 * @param idToken the id_token
	 * @param nonce the nonce it must carry, or {@code null}
	 * @param clientId the channel id
	 * @param api a client for LINE
	 * @return the verified claims
	 * @throws IdTokenException when the answer is not for this channel or nonce
	 * @throws ProviderException when LINE refuses the token (HTTP 400) or cannot be
	 * reached
	 */
	static Map<String, Object> verify(String idToken, @Nullable String nonce, String clientId, ProviderApi api) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("id_token", idToken);
		form.put("client_id", clientId);
		if (nonce != null) {
			form.put("nonce", nonce);
		}
		Map<String, Object> claims = api.postForm(VERIFY, form);
		Object audience = claims.get("aud");
		boolean ours = clientId.equals(audience)
				|| (audience instanceof Iterable<?> audiences && contains(audiences, clientId));
		if (!ours) {
			throw new IdTokenException("the LINE id_token was issued to another channel");
		}
		if (nonce != null && !nonce.equals(claims.get("nonce"))) {
			throw new IdTokenException("the LINE id_token's nonce does not match");
		}
		if (Profiles.text(claims, "sub") == null) {
			throw new IdTokenException("the LINE id_token has no subject");
		}
		return claims;
	}

	private static boolean contains(Iterable<?> values, String value) {
		for (Object candidate : values) {
			if (value.equals(candidate)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A native app's id_token, verified by LINE's {@code /verify} endpoint for this
	 * channel (the hook is not given the registration, so the channel id is captured).
	 *
	 * @param clientId the channel id
	 */
	record RemoteVerification(@Nullable String clientId) implements ProviderQuirks {

		@Override
		public Map<String, Object> verifyNativeToken(String token, @Nullable String nonce, ProviderApi api) {
			if (this.clientId == null) {
				throw new IdTokenException("LINE id_tokens need the channel id to be verified");
			}
			return verify(token, nonce, this.clientId, api);
		}

	}

}
