package dev.betterauth.core.provider.preset;

import java.util.Map;
import java.util.Set;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderQuirks;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * Atlassian (Jira, Confluence). One authorization server issues tokens for several APIs,
 * so every authorization request names {@code audience=api.atlassian.com}, set last so
 * that no sign-in request can change it; {@code offline_access} asks for a refresh token.
 * The profile ({@code /me}) does not say whether Atlassian verified the email, so it
 * never counts as verified. Atlassian takes only confidential clients: a client secret is
 * required.
 */
final class AtlassianPreset implements ProviderPreset {

	static final String AUDIENCE = "api.atlassian.com";

	@Override
	public String type() {
		return "atlassian";
	}

	@Override
	public Set<String> options() {
		return Set.of("prompt");
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		if (provider.clientSecret() == null) {
			throw new PresetOptionException("client-secret", null,
					"Atlassian needs the client secret of the app: its token endpoint refuses public clients.");
		}
		provider.authorizationUri("https://auth.atlassian.com/authorize")
			.tokenUri("https://auth.atlassian.com/oauth/token")
			.userInfoUri("https://api.atlassian.com/me")
			.scopes("read:jira-user", "offline_access")
			.authorizationParameter("prompt", options.get("prompt"))
			.mapping(AtlassianPreset::map)
			.quirks(new FixedAudience());
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		// Atlassian does not say whether the address was verified.
		return new OAuthUserInfo(Profiles.text(profile, "account_id"), Profiles.text(profile, "email"), false,
				Profiles.text(profile, "name"), Profiles.text(profile, "picture"), profile);
	}

	/**
	 * The audience goes in after the sign-in request's own parameters: a token for
	 * another API would not read {@code /me}.
	 */
	record FixedAudience() implements ProviderQuirks {

		@Override
		public void authorizationParameters(Map<String, String> parameters, ProviderRegistration registration) {
			parameters.put("audience", AUDIENCE);
		}

	}

}
