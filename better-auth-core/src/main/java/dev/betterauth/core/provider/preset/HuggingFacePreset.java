package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * Hugging Face, OpenID Connect with its id_token verified against Hugging Face's keys
 * (issuer {@code https://huggingface.co}); the userinfo endpoint fills in what the
 * id_token lacks. A user without a display name is named by {@code preferred_username}
 * (the account name). Organizations, {@code isPro} and {@code canPay} stay in the raw
 * profile.
 */
final class HuggingFacePreset implements ProviderPreset {

	@Override
	public String type() {
		return "huggingface";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://huggingface.co/oauth/authorize")
			.tokenUri("https://huggingface.co/oauth/token")
			.userInfoUri("https://huggingface.co/oauth/userinfo")
			.issuer("https://huggingface.co")
			.jwksUri("https://huggingface.co/oauth/jwks")
			.scopes("openid", "profile", "email")
			.mapping(HuggingFacePreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		return new OAuthUserInfo(Profiles.text(profile, "sub"), Profiles.text(profile, "email"),
				Profiles.isTrue(profile, "email_verified"), Profiles.firstText(profile, "name", "preferred_username"),
				Profiles.text(profile, "picture"), profile);
	}

}
