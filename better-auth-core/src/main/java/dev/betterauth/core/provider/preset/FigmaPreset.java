package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.ClientAuthentication;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * Figma. The client authenticates with HTTP Basic (so a client secret is required), the
 * authorization page is {@code www.figma.com/oauth} while tokens and the API are on
 * {@code api.figma.com}, and the profile names the user by {@code handle}. Figma does not
 * say whether it verified the email.
 */
final class FigmaPreset implements ProviderPreset {

	@Override
	public String type() {
		return "figma";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		if (provider.clientSecret() == null) {
			throw new PresetOptionException("client-secret", null,
					"Figma needs the client secret of the app: its token endpoint takes HTTP Basic credentials.");
		}
		provider.authorizationUri("https://www.figma.com/oauth")
			.tokenUri("https://api.figma.com/v1/oauth/token")
			.userInfoUri("https://api.figma.com/v1/me")
			.scopes("current_user:read")
			.clientAuthentication(ClientAuthentication.BASIC)
			.mapping(FigmaPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		// Figma does not say whether the address was verified.
		return new OAuthUserInfo(Profiles.text(profile, "id"), Profiles.text(profile, "email"), false,
				Profiles.text(profile, "handle"), Profiles.text(profile, "img_url"), profile);
	}

}
