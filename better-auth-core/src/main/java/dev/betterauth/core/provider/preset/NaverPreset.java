package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;
import org.jspecify.annotations.Nullable;

/**
 * Naver. The profile is wrapped in {@code {resultcode, message, response}} and only
 * {@code resultcode "00"} is a success, whatever the HTTP status; the raw profile is the
 * whole wrapper. The name falls back to the nickname. Naver does not say whether it
 * verified the email, and takes no PKCE. Its token endpoint reports errors with status
 * 200 and an {@code error} member, which fails the exchange as everywhere.
 */
final class NaverPreset implements ProviderPreset {

	@Override
	public String type() {
		return "naver";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://nid.naver.com/oauth2.0/authorize")
			.tokenUri("https://nid.naver.com/oauth2.0/token")
			.userInfoUri("https://openapi.naver.com/v1/nid/me")
			.scopes("profile", "email")
			.pkce(false)
			.mapping(NaverPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> answer = request.profile();
		String resultCode = Profiles.text(answer, "resultcode");
		if (!"00".equals(resultCode)) {
			throw new ProviderException("the profile endpoint of provider '" + request.providerId()
					+ "' answered result code " + printable(resultCode));
		}
		Map<String, Object> user = Profiles.object(answer, "response");
		// Naver does not say whether the address was verified.
		return new OAuthUserInfo(Profiles.text(user, "id"), Profiles.text(user, "email"), false,
				Profiles.firstText(user, "name", "nickname"), Profiles.text(user, "profile_image"), answer);
	}

	/** Naver's result codes are short digits; anything else is not repeated to users. */
	private static String printable(@Nullable String code) {
		return (code != null && code.matches("[0-9A-Za-z_]{1,16}")) ? code : "(none)";
	}

}
