package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderQuirks;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;
import org.jspecify.annotations.Nullable;

/**
 * Linear. Scopes are joined with commas, as Linear documents them. The user is read from
 * the GraphQL API ({@code POST /graphql}, query {@code viewer}); a GraphQL error comes
 * with status 200 and no {@code data.viewer}, which means no user. The raw profile is the
 * viewer. Linear does not say whether it verified the email, and takes no PKCE.
 */
final class LinearPreset implements ProviderPreset {

	/** The GraphQL request body. */
	static final String VIEWER_QUERY = "{\"query\":\"query { viewer { id name email avatarUrl active createdAt updatedAt } }\"}";

	@Override
	public String type() {
		return "linear";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://linear.app/oauth/authorize")
			.tokenUri("https://api.linear.app/oauth/token")
			.userInfoUri("https://api.linear.app/graphql")
			.scopes("read")
			.pkce(false)
			.mapping(LinearPreset::map)
			.quirks(new CommaScopes());
	}

	static @Nullable OAuthUserInfo map(UserInfoRequest request) {
		return fromAnswer(viewer(request));
	}

	/**
	 * Runs the viewer query: {@code POST} of {@link #VIEWER_QUERY} as JSON to the
	 * userinfo endpoint, with the bearer token.
	 */
	private static Map<String, Object> viewer(UserInfoRequest request) {
		return request.api().postJson(request.endpoints().userInfoUri(), VIEWER_QUERY);
	}

	/**
	 * Maps an answer of the viewer query.
	 * @param answer the GraphQL answer
	 * @return the user info, or {@code null} when it has no viewer
	 */
	static @Nullable OAuthUserInfo fromAnswer(Map<String, Object> answer) {
		Map<String, Object> viewer = Profiles.object(answer, "data", "viewer");
		if (viewer.isEmpty()) {
			return null;
		}
		// Linear does not provide email_verified.
		return new OAuthUserInfo(Profiles.text(viewer, "id"), Profiles.text(viewer, "email"), false,
				Profiles.text(viewer, "name"), Profiles.text(viewer, "avatarUrl"), viewer);
	}

	/** Linear documents its scope parameter as comma-separated. */
	record CommaScopes() implements ProviderQuirks {

		@Override
		public void authorizationParameters(Map<String, String> parameters, ProviderRegistration registration) {
			Presets.commaSeparatedScope(parameters);
		}

	}

}
