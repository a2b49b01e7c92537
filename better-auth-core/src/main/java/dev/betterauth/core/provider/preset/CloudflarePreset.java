package dev.betterauth.core.provider.preset;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.betterauth.core.provider.ClientAuthentication;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * Cloudflare. Its OpenID userinfo endpoint answers only {@code sub}, so the profile is
 * read from the REST API ({@code api.cloudflare.com/client/v4/user}), whose answer is
 * wrapped in {@code {success, errors, result}}: {@code success: false} is a failure even
 * with status 200. A confidential client authenticates with HTTP Basic, a public one (no
 * secret) sends its id alone and relies on PKCE. Cloudflare does not say whether it
 * verified the email and has no profile picture.
 */
final class CloudflarePreset implements ProviderPreset {

	@Override
	public String type() {
		return "cloudflare";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://dash.cloudflare.com/oauth2/auth")
			.tokenUri("https://dash.cloudflare.com/oauth2/token")
			.userInfoUri("https://api.cloudflare.com/client/v4/user")
			.scopes("user-details.read")
			// client_secret_basic with a secret; without one, client_id alone in the
			// body.
			.clientAuthentication(
					(provider.clientSecret() != null) ? ClientAuthentication.BASIC : ClientAuthentication.POST)
			.mapping(CloudflarePreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> answer = request.profile();
		Map<String, Object> user = Profiles.object(answer, "result");
		if (!Profiles.isTrue(answer, "success") || user.isEmpty()) {
			throw new ProviderException("the user endpoint of provider '" + request.providerId()
					+ "' answered without the user (success is not true)");
		}
		String email = Profiles.text(user, "email");
		String name = Stream.of(Profiles.text(user, "first_name"), Profiles.text(user, "last_name"))
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" "));
		// Cloudflare does not expose whether the email was verified.
		return new OAuthUserInfo(Profiles.text(user, "id"), email, false, name.isEmpty() ? email : name, null, user);
	}

}
