package dev.betterauth.core.provider.preset;

import java.util.Map;
import java.util.regex.Pattern;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * GitLab.com or a self-hosted GitLab ({@code issuer}: its base URL), with the
 * {@code read_user} scope and the profile from {@code /api/v4/user}. Blocked, deactivated
 * or locked accounts are refused: their tokens may still be valid, but GitLab would not
 * let them sign in.
 */
final class GitLabPreset implements ProviderPreset {

	static final String DEFAULT_BASE_URL = "https://gitlab.com";

	private static final Pattern STATE = Pattern.compile("[a-z_]{1,40}");

	@Override
	public String type() {
		return "gitlab";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		String base = DEFAULT_BASE_URL;
		if (options.get("issuer") != null) {
			base = options.requireOrigin("issuer", "the base URL of the GitLab instance");
			while (base.endsWith("/")) {
				base = base.substring(0, base.length() - 1);
			}
		}
		provider.authorizationUri(base + "/oauth/authorize")
			.tokenUri(base + "/oauth/token")
			.userInfoUri(base + "/api/v4/user")
			.scopes("read_user")
			.mapping(GitLabPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		String state = Profiles.text(profile, "state");
		if (!"active".equals(state)) {
			throw new ProviderException("The GitLab account is not active"
					+ ((state != null && STATE.matcher(state).matches()) ? " (" + state + ")" : "")
					+ " and cannot sign in");
		}
		if (Profiles.isTrue(profile, "locked")) {
			throw new ProviderException("The GitLab account is locked and cannot sign in");
		}
		return new OAuthUserInfo(Profiles.text(profile, "id"), Profiles.text(profile, "email"),
				Profiles.isTrue(profile, "email_verified"), Profiles.firstText(profile, "name", "username"),
				Profiles.text(profile, "avatar_url"), profile);
	}

}
