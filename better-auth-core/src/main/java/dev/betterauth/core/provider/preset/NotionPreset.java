package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.ClientAuthentication;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * Notion. The client authenticates with HTTP Basic, there are no scopes (the
 * integration's capabilities are set in Notion) and no PKCE, and {@code owner=user} asks
 * for a user-owned token. Every API call carries the {@code Notion-Version} header Notion
 * requires. {@code /v1/users/me} answers the integration's bot user; the person who
 * signed in is its {@code bot.owner.user}, whose email Notion does not mark as verified.
 */
final class NotionPreset implements ProviderPreset {

	/** The API version the profile's shape was read from. */
	static final String NOTION_VERSION = "2022-06-28";

	@Override
	public String type() {
		return "notion";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://api.notion.com/v1/oauth/authorize")
			.tokenUri("https://api.notion.com/v1/oauth/token")
			.userInfoUri("https://api.notion.com/v1/users/me")
			.pkce(false)
			.clientAuthentication(ClientAuthentication.BASIC)
			.header("Notion-Version", NOTION_VERSION)
			.authorizationParameter("owner", "user")
			.mapping(NotionPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		// A workspace-owned integration has no owner user: no id, so the sign-in fails.
		Map<String, Object> user = Profiles.object(request.profile(), "bot", "owner", "user");
		return new OAuthUserInfo(Profiles.text(user, "id"), Profiles.text(user, "person", "email"), false,
				Profiles.text(user, "name"), Profiles.text(user, "avatar_url"), user);
	}

}
