package dev.betterauth.core.provider.preset;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GitHub. {@code /user} has no email when the user keeps it private, so
 * {@code /user/emails} is always read: the primary address (else the first) and whether
 * GitHub verified it. GitHub answers token errors with 200 and an {@code error} member (a
 * failure, as everywhere) and requires a {@code User-Agent}.
 */
final class GitHubPreset implements ProviderPreset {

	private static final Logger logger = LoggerFactory.getLogger(GitHubPreset.class);

	@Override
	public String type() {
		return "github";
	}

	@Override
	public Set<String> options() {
		return Set.of("prompt");
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://github.com/login/oauth/authorize")
			.tokenUri("https://github.com/login/oauth/access_token")
			.userInfoUri("https://api.github.com/user")
			.scopes("read:user", "user:email")
			.header("User-Agent", Presets.USER_AGENT)
			.authorizationParameter("prompt", options.get("prompt"))
			.mapping(GitHubPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		String email = Profiles.text(profile, "email");
		boolean verified = false;
		Map<String, Object> chosen = chooseEmail(emails(request), email);
		if (chosen != null) {
			email = Profiles.text(chosen, "email");
			verified = Profiles.isTrue(chosen, "verified");
		}
		String name = Profiles.firstText(profile, "name", "login");
		return new OAuthUserInfo(Profiles.text(profile, "id"), email, verified, name,
				Profiles.text(profile, "avatar_url"), profile);
	}

	private static List<Object> emails(UserInfoRequest request) {
		URI user = request.endpoints().userInfoUri();
		try {
			return request.api().getArray(URI.create(user + "/emails"));
		}
		catch (ProviderException ex) {
			// Without user:email the list is refused; /user's public email still counts.
			logger.debug("Reading GitHub's /user/emails failed: {}", ex.logLine());
			return List.of();
		}
	}

	/** The entry of the profile's email, else the primary one, else the first. */
	@SuppressWarnings("unchecked")
	private static @Nullable Map<String, Object> chooseEmail(List<Object> emails, @Nullable String profileEmail) {
		Map<String, Object> primary = null;
		Map<String, Object> first = null;
		for (Object entry : emails) {
			if (!(entry instanceof Map<?, ?> map) || Profiles.text(map, "email") == null) {
				continue;
			}
			Map<String, Object> email = (Map<String, Object>) map;
			if (profileEmail != null && profileEmail.equalsIgnoreCase(Profiles.text(email, "email"))) {
				return email;
			}
			if (first == null) {
				first = email;
			}
			if (primary == null && Profiles.isTrue(email, "primary")) {
				primary = email;
			}
		}
		if (profileEmail != null) {
			return null;
		}
		return (primary != null) ? primary : first;
	}

}
