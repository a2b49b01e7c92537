package dev.betterauth.core.provider.preset;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.betterauth.core.provider.IdTokenException;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderApi;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderQuirks;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;
import org.jspecify.annotations.Nullable;

/**
 * Facebook Login, Graph API v24.0. The web flow is plain OAuth 2.0 without PKCE; the user
 * is read from {@code /me} (the picture nested in {@code picture.data.url}). Facebook
 * never says that an email is verified.
 * <p>
 * A native app sends one of two tokens. A Limited Login id_token (a JWT, iOS) is verified
 * against Facebook's published keys like any id_token. Anything else is a Graph access
 * token: it is checked with {@code debug_token} under the app's own access token (valid,
 * issued to this app, for a user) and the user read from {@code /me} must be that user,
 * so that a token issued to another app cannot sign anyone in here. {@code config-id} is
 * Facebook Login for Business's configuration.
 */
final class FacebookPreset implements ProviderPreset {

	static final String ISSUER = "https://www.facebook.com";

	static final String GRAPH = "https://graph.facebook.com";

	static final String ME = GRAPH + "/me?fields=id,name,email,picture";

	@Override
	public String type() {
		return "facebook";
	}

	@Override
	public Set<String> options() {
		return Set.of("config-id");
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://www.facebook.com/v24.0/dialog/oauth")
			.tokenUri(GRAPH + "/v24.0/oauth/access_token")
			.userInfoUri(ME)
			// Limited Login id_tokens are verified against these.
			.issuer(ISSUER)
			.jwksUri("https://limited.facebook.com/.well-known/oauth/openid/jwks/")
			.scopes("email", "public_profile")
			.pkce(false)
			.authorizationParameter("config_id", options.get("config-id"))
			.mapping(FacebookPreset::map)
			.quirks(new AccessTokenCheck(provider.clientId(), provider.clientSecret()));
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> claims = request.idTokenClaims();
		if (claims != null && claims.get("id") == null) {
			// A verified Limited Login id_token; its picture is a URL.
			return new OAuthUserInfo(Profiles.text(claims, "sub"), Profiles.text(claims, "email"), false,
					Profiles.text(claims, "name"), Profiles.text(claims, "picture"), claims);
		}
		// /me, read with the access token (or by the native check, which already did).
		Map<String, Object> profile = request.profile();
		return new OAuthUserInfo(Profiles.text(profile, "id"), Profiles.text(profile, "email"),
				Profiles.isTrue(profile, "email_verified"), Profiles.text(profile, "name"),
				Profiles.text(profile, "picture", "data", "url"), profile);
	}

	/**
	 * A native app's Graph access token, checked with {@code debug_token}; Limited Login
	 * JWTs are left to the standard id_token verification. A class, not a record: its
	 * {@code toString} must not show the secret.
	 */
	static final class AccessTokenCheck implements ProviderQuirks {

		private final @Nullable String appId;

		private final @Nullable String appSecret;

		/**
		 * @param appId the app id (the client id)
		 * @param appSecret the app secret, for the app access token
		 */
		AccessTokenCheck(@Nullable String appId, @Nullable String appSecret) {
			this.appId = appId;
			this.appSecret = appSecret;
		}

		@Override
		public @Nullable Map<String, Object> verifyNativeToken(String token, @Nullable String nonce, ProviderApi api) {
			if (token.split("\\.", -1).length == 3) {
				return null;
			}
			if (this.appId == null || this.appSecret == null) {
				throw new IdTokenException("Facebook access tokens need the app id and secret to be checked");
			}
			String accessToken = api.accessToken();
			if (accessToken != null && !accessToken.equals(token)) {
				// The calls below would carry that other token as their bearer.
				throw new IdTokenException("the access token differs from the Facebook token sent as idToken");
			}
			Map<String, Object> data = Profiles.object(get(api, GRAPH + "/debug_token?input_token=" + encode(token)
					+ "&access_token=" + encode(this.appId + "|" + this.appSecret)), "data");
			if (!Boolean.TRUE.equals(data.get("is_valid"))) {
				throw new IdTokenException("Facebook says the access token is not valid");
			}
			if (!this.appId.equals(Profiles.text(data, "app_id"))) {
				throw new IdTokenException("the Facebook access token was issued to another app");
			}
			String userId = Profiles.text(data, "user_id");
			if (userId == null) {
				throw new IdTokenException("the Facebook access token is not a user's");
			}
			// Without a bearer token, the token goes in the query.
			Map<String, Object> me = get(api, (accessToken != null) ? ME : ME + "&access_token=" + encode(token));
			if (!userId.equals(Profiles.text(me, "id"))) {
				throw new IdTokenException("Facebook's /me is another user than the access token's");
			}
			Map<String, Object> claims = new LinkedHashMap<>(me);
			claims.put("sub", userId);
			if (data.get("expires_at") instanceof Number expiresAt && expiresAt.longValue() > 0) {
				// When the app sent the token as accessToken, it is kept until then.
				claims.put("exp", expiresAt.longValue());
			}
			return claims;
		}

		private static Map<String, Object> get(ProviderApi api, String uri) {
			try {
				return api.getObject(URI.create(uri));
			}
			catch (ProviderException ex) {
				// The logged detail would show the query: the app secret or the token.
				throw new ProviderException(ex.getMessage(), uri.substring(0, uri.indexOf('?')) + " (query not shown)",
						ex.oauthError(), null);
			}
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
