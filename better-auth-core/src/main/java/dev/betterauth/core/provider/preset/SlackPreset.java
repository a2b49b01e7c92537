package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderQuirks;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;
import org.jspecify.annotations.Nullable;

/**
 * Slack ("Sign in with Slack"), OpenID Connect without PKCE: its id_token is verified
 * against Slack's keys. Slack's Web API answers failures with HTTP 200 and
 * {@code "ok": false}; such token and userinfo answers are failures here, not profiles
 * with missing fields. The user id is Slack's {@code https://slack.com/user_id} claim.
 */
final class SlackPreset implements ProviderPreset {

	private static final String USER_ID = "https://slack.com/user_id";

	private static final String IMAGE_512 = "https://slack.com/user_image_512";

	@Override
	public String type() {
		return "slack";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://slack.com/openid/connect/authorize")
			.tokenUri("https://slack.com/api/openid.connect.token")
			.userInfoUri("https://slack.com/api/openid.connect.userInfo")
			.issuer("https://slack.com")
			.jwksUri("https://slack.com/openid/connect/keys")
			.scopes("openid", "profile", "email")
			.pkce(false)
			.quirks(new OkFalse())
			.mapping(SlackPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		String error = OkFalse.error(profile);
		if (error != null) {
			throw new ProviderException(
					"the userinfo endpoint of provider '" + request.providerId() + "' answered an error",
					"openid.connect.userInfo answered ok=false: " + error, error, null);
		}
		return new OAuthUserInfo(Profiles.firstText(profile, USER_ID, "sub"), Profiles.text(profile, "email"),
				Profiles.isTrue(profile, "email_verified"), Profiles.text(profile, "name"),
				Profiles.firstText(profile, "picture", IMAGE_512), profile);
	}

	/** Slack's {@code "ok": false} answers are errors. */
	static final class OkFalse implements ProviderQuirks {

		@Override
		public @Nullable String tokenResponseError(Map<String, Object> body) {
			return error(body);
		}

		static @Nullable String error(Map<String, Object> body) {
			if (!Boolean.FALSE.equals(body.get("ok"))) {
				return null;
			}
			String error = Profiles.text(body, "error");
			return (error != null) ? error : "ok_false";
		}

	}

}
