package dev.betterauth.core.provider.preset;

import java.util.Map;
import java.util.Set;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * Roblox, OpenID Connect: its id_token is verified against Roblox's keys. Roblox accounts
 * have no email to share, so the user has none (Better Auth puts the username there,
 * which is not an address). {@code prompt} defaults to {@code select_account consent}.
 */
final class RobloxPreset implements ProviderPreset {

	@Override
	public String type() {
		return "roblox";
	}

	@Override
	public Set<String> options() {
		return Set.of("prompt");
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://apis.roblox.com/oauth/v1/authorize")
			.tokenUri("https://apis.roblox.com/oauth/v1/token")
			.userInfoUri("https://apis.roblox.com/oauth/v1/userinfo")
			// The issuer as Roblox's discovery document and id_tokens spell it, with the
			// slash.
			.issuer("https://apis.roblox.com/oauth/")
			.jwksUri("https://apis.roblox.com/oauth/v1/certs")
			.scopes("openid", "profile")
			.authorizationParameter("prompt", options.get("prompt", "select_account consent"))
			.mapping(RobloxPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		return new OAuthUserInfo(Profiles.text(profile, "sub"), null, false,
				Profiles.firstText(profile, "nickname", "name", "preferred_username"),
				Profiles.text(profile, "picture"), profile);
	}

}
