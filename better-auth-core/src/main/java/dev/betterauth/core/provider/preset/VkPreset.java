package dev.betterauth.core.provider.preset;

import java.net.URI;
import java.util.Map;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderQuirks;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.TokenRequest;
import dev.betterauth.core.provider.UserInfoRequest;
import org.jspecify.annotations.Nullable;

/**
 * VK ID. VK appends a {@code device_id} to its redirect back, and the code exchange must
 * send it (with the callback's {@code state}, as VK ID documents). The profile is read by
 * a form POST carrying the access token and the client id, not a bearer call. VK does not
 * say whether the email is verified; a user without an email has none.
 */
final class VkPreset implements ProviderPreset {

	@Override
	public String type() {
		return "vk";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://id.vk.com/authorize")
			.tokenUri("https://id.vk.com/oauth2/auth")
			.userInfoUri("https://id.vk.com/oauth2/user_info")
			.scopes("email", "phone")
			.quirks(new DeviceId())
			.mapping(VkPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		URI userInfo = request.endpoints().userInfoUri();
		String accessToken = request.api().accessToken();
		if (userInfo == null || accessToken == null) {
			throw new ProviderException(
					"provider '" + request.providerId() + "' gave no access token to read the user");
		}
		Map<String, Object> answer = request.api()
			.postForm(userInfo, Map.of("access_token", accessToken, "client_id", request.registration().clientId()));
		Map<String, Object> user = Profiles.object(answer, "user");
		return new OAuthUserInfo(Profiles.text(user, "user_id"), Profiles.text(user, "email"), false, name(user),
				Profiles.text(user, "avatar"), user);
	}

	private static @Nullable String name(Map<String, Object> user) {
		String first = Profiles.text(user, "first_name");
		String last = Profiles.text(user, "last_name");
		if (first == null || last == null) {
			return (first != null) ? first : last;
		}
		return first + " " + last;
	}

	/**
	 * Carries the callback's {@code device_id} and {@code state} into the code exchange.
	 */
	static final class DeviceId implements ProviderQuirks {

		@Override
		public void tokenRequest(TokenRequest request) {
			if (request.isRefresh()) {
				return;
			}
			for (String name : new String[] { "device_id", "state" }) {
				String value = request.callbackParameters().get(name);
				if (value != null && !value.isBlank()) {
					request.parameters().set(name, value);
				}
			}
		}

	}

}
