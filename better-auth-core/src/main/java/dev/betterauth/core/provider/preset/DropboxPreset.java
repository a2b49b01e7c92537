package dev.betterauth.core.provider.preset;

import java.util.Map;
import java.util.Set;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * Dropbox. Its API is RPC over POST: the account is read with an empty
 * {@code POST /2/users/get_current_account}, and its answer nests the name
 * ({@code name.display_name}); the photo is absent when the user has none.
 * {@code access-type} becomes {@code token_access_type} ({@code offline} returns a
 * refresh token).
 */
final class DropboxPreset implements ProviderPreset {

	@Override
	public String type() {
		return "dropbox";
	}

	@Override
	public Set<String> options() {
		return Set.of("access-type");
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		String accessType = options.get("access-type");
		if (accessType != null && !Set.of("offline", "online", "legacy").contains(accessType)) {
			throw new PresetOptionException("access-type", accessType, "Expected offline, online or legacy.");
		}
		provider.authorizationUri("https://www.dropbox.com/oauth2/authorize")
			.tokenUri("https://api.dropboxapi.com/oauth2/token")
			.userInfoUri("https://api.dropboxapi.com/2/users/get_current_account")
			.scopes("account_info.read")
			.authorizationParameter("token_access_type", accessType)
			.mapping(DropboxPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		return fromAccount(account(request));
	}

	/**
	 * Reads the account: {@code POST} to the userinfo endpoint with the bearer token and
	 * no body.
	 */
	private static Map<String, Object> account(UserInfoRequest request) {
		return request.api().postJson(request.endpoints().userInfoUri(), null);
	}

	/**
	 * Maps an answer of {@code /2/users/get_current_account}.
	 * @param account the answer
	 * @return the user info
	 */
	static OAuthUserInfo fromAccount(Map<String, Object> account) {
		return new OAuthUserInfo(Profiles.text(account, "account_id"), Profiles.text(account, "email"),
				Profiles.isTrue(account, "email_verified"), Profiles.text(account, "name", "display_name"),
				Profiles.text(account, "profile_photo_url"), account);
	}

}
