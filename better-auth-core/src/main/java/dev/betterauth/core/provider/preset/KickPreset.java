package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;
import org.jspecify.annotations.Nullable;

/**
 * Kick. Sign-in is on {@code id.kick.com}, the API on {@code api.kick.com}, whose
 * {@code /public/v1/users} answers the token's own user as the first entry of
 * {@code data} (an empty list means no user). The numeric {@code user_id} is the account
 * id. Kick does not say whether it verified the email.
 */
final class KickPreset implements ProviderPreset {

	@Override
	public String type() {
		return "kick";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://id.kick.com/oauth/authorize")
			.tokenUri("https://id.kick.com/oauth/token")
			.userInfoUri("https://api.kick.com/public/v1/users")
			.scopes("user:read")
			.mapping(KickPreset::map);
	}

	static @Nullable OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> user = Profiles.object(request.profile(), "data", 0);
		if (user.isEmpty()) {
			return null;
		}
		// Kick does not provide email_verified.
		return new OAuthUserInfo(Profiles.text(user, "user_id"), Profiles.text(user, "email"), false,
				Profiles.text(user, "name"), Profiles.text(user, "profile_picture"), user);
	}

}
