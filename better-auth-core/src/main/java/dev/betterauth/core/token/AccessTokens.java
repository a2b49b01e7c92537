package dev.betterauth.core.token;

/**
 * Provider access tokens for application code that calls provider APIs on a user's
 * behalf, refreshed when needed, without touching the tables.
 *
 * <pre>
 * String token = accessTokens.get(userId, "github").accessToken();
 * </pre>
 */
public interface AccessTokens {

	/**
	 * A valid access token of the user's account at a provider, refreshed first when it
	 * expires within the refresh margin.
	 * @param userId the user
	 * @param providerId the provider
	 * @return the token
	 * @throws dev.betterauth.core.ApiException {@code ACCOUNT_NOT_FOUND} or
	 * {@code FAILED_TO_GET_ACCESS_TOKEN} (the user must sign in with the provider again)
	 */
	AccessToken get(String userId, String providerId);

}
