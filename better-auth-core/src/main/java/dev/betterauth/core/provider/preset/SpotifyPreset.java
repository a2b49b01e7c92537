package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * Spotify. The profile comes from {@code /v1/me}; the picture is the first of
 * {@code images}. Spotify does not verify emails, so the email never counts as verified.
 */
final class SpotifyPreset implements ProviderPreset {

	@Override
	public String type() {
		return "spotify";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://accounts.spotify.com/authorize")
			.tokenUri("https://accounts.spotify.com/api/token")
			.userInfoUri("https://api.spotify.com/v1/me")
			.scopes("user-read-email")
			.mapping(SpotifyPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		return new OAuthUserInfo(Profiles.text(profile, "id"), Profiles.text(profile, "email"), false,
				Profiles.text(profile, "display_name"), Profiles.text(profile, "images", 0, "url"), profile);
	}

}
