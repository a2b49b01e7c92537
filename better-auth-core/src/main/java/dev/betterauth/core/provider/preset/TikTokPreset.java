package dev.betterauth.core.provider.preset;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderQuirks;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.TokenRequest;
import dev.betterauth.core.provider.UserInfoRequest;

import org.springframework.http.HttpHeaders;

/**
 * TikTok Login Kit (API v2). TikTok calls the client id {@code client_key}, in the
 * authorization URL and in the token request (where the secret goes in the body, with no
 * {@code client_id} and no Basic header), joins scopes with commas and takes no PKCE. The
 * user info comes wrapped ({@code data.user}) next to an {@code error} whose {@code code}
 * is {@code ok} on success, and only with the fields asked for in the query. TikTok has
 * no email: none is made up.
 */
final class TikTokPreset implements ProviderPreset {

	/** Fields of {@code user.info.basic}. */
	private static final String BASIC_FIELDS = "open_id,avatar_large_url,display_name";

	@Override
	public String type() {
		return "tiktok";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://www.tiktok.com/v2/auth/authorize")
			.tokenUri("https://open.tiktokapis.com/v2/oauth/token/")
			.userInfoUri("https://open.tiktokapis.com/v2/user/info/")
			// basic: the id, name and avatar; profile: the username.
			.scopes("user.info.basic", "user.info.profile")
			.pkce(false)
			.mapping(TikTokPreset::map)
			.quirks(new ClientKey());
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		// Asking for a field of a scope not granted fails the whole call.
		String fields = request.tokens().scopes().contains("user.info.profile") ? BASIC_FIELDS + ",username"
				: BASIC_FIELDS;
		URI base = Objects.requireNonNull(request.endpoints().userInfoUri(), "userInfoUri");
		Map<String, Object> answer = request.api().getObject(URI.create(base + "?fields=" + fields));
		String code = Profiles.text(answer, "error", "code");
		if (code != null && !code.equals("ok")) {
			throw new ProviderException("TikTok's user info answered error '" + printable(code) + "'");
		}
		Map<String, Object> user = Profiles.object(answer, "data", "user");
		return new OAuthUserInfo(Profiles.text(user, "open_id"), null, false,
				Profiles.firstText(user, "display_name", "username"), Profiles.text(user, "avatar_large_url"), user);
	}

	private static String printable(String code) {
		return code.matches("[A-Za-z0-9_.-]{1,64}") ? code : "(not shown)";
	}

	/** {@code client_key} for {@code client_id}, and comma-separated scopes. */
	static final class ClientKey implements ProviderQuirks {

		@Override
		public void authorizationParameters(Map<String, String> parameters, ProviderRegistration registration) {
			Presets.renameParameter(parameters, "client_id", "client_key");
			Presets.commaSeparatedScope(parameters);
		}

		@Override
		public void tokenRequest(TokenRequest request) {
			// Always this shape, whatever client authentication is configured.
			ProviderRegistration registration = request.registration();
			request.parameters().remove("client_id");
			request.parameters().set("client_key", registration.clientId());
			if (registration.clientSecret() != null) {
				request.parameters().set("client_secret", registration.clientSecret());
			}
			request.headers().remove(HttpHeaders.AUTHORIZATION);
		}

	}

}
