package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.ClientAuthentication;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;
import org.jspecify.annotations.Nullable;

/**
 * Reddit. The client authenticates with HTTP Basic, without PKCE, and Reddit refuses
 * calls without a {@code User-Agent}. Reddit never discloses an email, so the user has
 * none. The avatar URL loses its query, which Reddit sends HTML-escaped ({@code &amp;})
 * and which only asks for a resized copy. Reddit gives refresh tokens only to
 * {@code duration=permanent} requests (a sign-in request's additional parameter).
 */
final class RedditPreset implements ProviderPreset {

	@Override
	public String type() {
		return "reddit";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://www.reddit.com/api/v1/authorize")
			.tokenUri("https://www.reddit.com/api/v1/access_token")
			.userInfoUri("https://oauth.reddit.com/api/v1/me")
			.scopes("identity")
			.pkce(false)
			.clientAuthentication(ClientAuthentication.BASIC)
			.header("User-Agent", Presets.USER_AGENT)
			.mapping(RedditPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		// Never oauth_client_id: that is the app's id, the same for every user.
		return new OAuthUserInfo(Profiles.text(profile, "id"), null, false, Profiles.text(profile, "name"),
				withoutQuery(Profiles.text(profile, "icon_img")), profile);
	}

	private static @Nullable String withoutQuery(@Nullable String url) {
		if (url == null) {
			return null;
		}
		int query = url.indexOf('?');
		return (query >= 0) ? url.substring(0, query) : url;
	}

}
