package dev.betterauth.core.provider.preset;

import java.util.Map;
import java.util.Set;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * Polar. The user authorizes on {@code polar.sh} but tokens and the profile come from
 * {@code api.polar.sh}. {@code sub_type=user} asks for a token of the user who signs in
 * rather than of an organization they pick (a sign-in request may still send
 * {@code sub_type=organization}). The userinfo endpoint answers OpenID claims
 * ({@code sub}, {@code email}, {@code email_verified}); the older field names Better Auth
 * reads ({@code id}, {@code public_name}, {@code avatar_url}) are read too.
 */
final class PolarPreset implements ProviderPreset {

	@Override
	public String type() {
		return "polar";
	}

	@Override
	public Set<String> options() {
		return Set.of("prompt");
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://polar.sh/oauth2/authorize")
			.tokenUri("https://api.polar.sh/v1/oauth2/token")
			.userInfoUri("https://api.polar.sh/v1/oauth2/userinfo")
			.scopes("openid", "profile", "email")
			.authorizationParameter("sub_type", "user")
			.authorizationParameter("prompt", options.get("prompt"))
			.mapping(PolarPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		return new OAuthUserInfo(Profiles.firstText(profile, "sub", "id"), Profiles.text(profile, "email"),
				Profiles.isTrue(profile, "email_verified"),
				Profiles.firstText(profile, "name", "public_name", "username"),
				Profiles.firstText(profile, "picture", "avatar_url"), profile);
	}

}
