package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.ClientAuthentication;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.StandardUserInfoMapper;
import dev.betterauth.core.provider.UserInfoRequest;
import org.jspecify.annotations.Nullable;

/**
 * Zoom. No scope is sent: a Zoom app's scopes are chosen in the Zoom Marketplace. The
 * client authenticates with HTTP Basic, as Zoom documents. The profile comes from
 * {@code /v2/users/me}, whose {@code verified} is {@code 1} for a verified user.
 */
final class ZoomPreset implements ProviderPreset {

	@Override
	public String type() {
		return "zoom";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://zoom.us/oauth/authorize")
			.tokenUri("https://zoom.us/oauth/token")
			.userInfoUri("https://api.zoom.us/v2/users/me")
			.clientAuthentication(ClientAuthentication.BASIC)
			.mapping(ZoomPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		return new OAuthUserInfo(Profiles.text(profile, "id"), Profiles.text(profile, "email"),
				isVerified(profile.get("verified")), name(profile), Profiles.text(profile, "pic_url"), profile);
	}

	private static boolean isVerified(@Nullable Object verified) {
		// Zoom sends 1 or 0; a boolean is accepted too.
		return (verified instanceof Number number) ? number.intValue() == 1 : StandardUserInfoMapper.isTrue(verified);
	}

	private static @Nullable String name(Map<String, Object> profile) {
		String name = Profiles.text(profile, "display_name");
		if (name != null) {
			return name;
		}
		String first = Profiles.text(profile, "first_name");
		String last = Profiles.text(profile, "last_name");
		if (first == null || last == null) {
			return (first != null) ? first : last;
		}
		return first + " " + last;
	}

}
