package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * Kakao. The id is a number, and everything else sits in {@code kakao_account} (the email
 * only when the user agreed to share it) and its {@code profile}; the email counts as
 * verified only when Kakao says it is both valid and verified. The client secret is
 * optional (an app may switch it off), and Kakao takes no PKCE.
 */
final class KakaoPreset implements ProviderPreset {

	@Override
	public String type() {
		return "kakao";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://kauth.kakao.com/oauth/authorize")
			.tokenUri("https://kauth.kakao.com/oauth/token")
			.userInfoUri("https://kapi.kakao.com/v2/user/me")
			.scopes("account_email", "profile_image", "profile_nickname")
			.pkce(false)
			.mapping(KakaoPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		Map<String, Object> account = Profiles.object(profile, "kakao_account");
		Map<String, Object> accountProfile = Profiles.object(account, "profile");
		String name = Profiles.text(accountProfile, "nickname");
		if (name == null) {
			name = Profiles.text(account, "name");
		}
		boolean verified = Profiles.isTrue(account, "is_email_valid") && Profiles.isTrue(account, "is_email_verified");
		return new OAuthUserInfo(Profiles.text(profile, "id"), Profiles.text(account, "email"), verified, name,
				Profiles.firstText(accountProfile, "profile_image_url", "thumbnail_image_url"), profile);
	}

}
