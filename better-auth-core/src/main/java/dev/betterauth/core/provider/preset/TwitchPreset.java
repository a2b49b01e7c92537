package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * Twitch, OpenID Connect without PKCE. Twitch puts the email and picture in the id_token
 * only when the {@code claims} parameter asks for them; the id_token is then verified
 * against Twitch's keys (Better Auth decodes it unchecked) and is the profile.
 */
final class TwitchPreset implements ProviderPreset {

	/** The id_token claims requested, as Twitch's {@code claims} parameter. */
	static final String CLAIMS = "{\"id_token\":{\"email\":null,\"email_verified\":null,"
			+ "\"preferred_username\":null,\"picture\":null}}";

	@Override
	public String type() {
		return "twitch";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://id.twitch.tv/oauth2/authorize")
			.tokenUri("https://id.twitch.tv/oauth2/token")
			.userInfoUri("https://id.twitch.tv/oauth2/userinfo")
			.issuer("https://id.twitch.tv/oauth2")
			.jwksUri("https://id.twitch.tv/oauth2/keys")
			.scopes("user:read:email", "openid")
			.pkce(false)
			.authorizationParameter("claims", CLAIMS)
			.mapping(TwitchPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		return new OAuthUserInfo(Profiles.text(profile, "sub"), Profiles.text(profile, "email"),
				Profiles.isTrue(profile, "email_verified"), Profiles.text(profile, "preferred_username"),
				Profiles.text(profile, "picture"), profile);
	}

}
