package dev.betterauth.core.provider.preset;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

import dev.betterauth.core.provider.ClientAuthentication;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * X (Twitter), OAuth 2.0 with PKCE and HTTP Basic client authentication; authorization is
 * on {@code x.com}, the token endpoint and API on {@code api.x.com}. The profile
 * ({@code /2/users/me}, wrapped in {@code data}) has no email: {@code confirmed_email} is
 * read by a second call, which needs the {@code users.email} scope and may fail without
 * failing the sign-in. Only that address is used, and X confirmed it; the username is not
 * an email and is never taken for one.
 */
final class TwitterPreset implements ProviderPreset {

	private static final Logger logger = LoggerFactory.getLogger(TwitterPreset.class);

	@Override
	public String type() {
		return "twitter";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://x.com/i/oauth2/authorize")
			.tokenUri("https://api.x.com/2/oauth2/token")
			.userInfoUri("https://api.x.com/2/users/me?user.fields=profile_image_url")
			.scopes("users.read", "tweet.read", "offline.access", "users.email")
			.clientAuthentication(ClientAuthentication.BASIC)
			.mapping(TwitterPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> user = Profiles.object(request.profile(), "data");
		String id = Profiles.text(user, "id");
		String email = (id != null) ? confirmedEmail(request, id) : null;
		return new OAuthUserInfo(id, email, email != null, Profiles.firstText(user, "name", "username"),
				Profiles.text(user, "profile_image_url"), user);
	}

	/** The address X confirmed, read for the same user, or {@code null}. */
	private static @Nullable String confirmedEmail(UserInfoRequest request, String id) {
		URI profile = request.endpoints().userInfoUri();
		String me = Objects.requireNonNull(profile, "userInfoUri").toString();
		int query = me.indexOf('?');
		URI uri = URI.create(((query >= 0) ? me.substring(0, query) : me) + "?user.fields=confirmed_email");
		try {
			Map<String, Object> user = Profiles.object(request.api().getObject(uri), "data");
			return id.equals(Profiles.text(user, "id")) ? Profiles.text(user, "confirmed_email") : null;
		}
		catch (ProviderException ex) {
			// Refused without users.email (or X's email access): no email then.
			logger.debug("Reading X's confirmed_email failed: {}", ex.logLine());
			return null;
		}
	}

}
