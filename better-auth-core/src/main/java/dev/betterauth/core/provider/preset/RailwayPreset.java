package dev.betterauth.core.provider.preset;

import java.util.Map;
import java.util.Set;

import dev.betterauth.core.provider.ClientAuthentication;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * Railway ("Login with Railway"). The client authenticates with HTTP Basic, on the code
 * exchange and the refresh alike, and the profile is read from {@code /oauth/me}. Railway
 * says nothing about whether the email is verified, so it never counts as verified. A
 * refresh token needs the {@code offline_access} scope and {@code prompt: consent}.
 */
final class RailwayPreset implements ProviderPreset {

	@Override
	public String type() {
		return "railway";
	}

	@Override
	public Set<String> options() {
		return Set.of("prompt");
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://backboard.railway.com/oauth/auth")
			.tokenUri("https://backboard.railway.com/oauth/token")
			.userInfoUri("https://backboard.railway.com/oauth/me")
			.scopes("openid", "email", "profile")
			.clientAuthentication(ClientAuthentication.BASIC)
			.authorizationParameter("prompt", options.get("prompt"))
			.mapping(RailwayPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		return new OAuthUserInfo(Profiles.text(profile, "sub"), Profiles.text(profile, "email"), false,
				Profiles.text(profile, "name"), Profiles.text(profile, "picture"), profile);
	}

}
