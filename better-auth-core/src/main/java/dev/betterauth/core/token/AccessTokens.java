package dev.betterauth.core.token;

import dev.betterauth.core.account.AccountNotFoundException;

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
	 * @throws AccountNotFoundException the user has no account at that provider
	 * @throws AccessTokenException no valid token can be had: the user must sign in with
	 * the provider again ({@code FAILED_TO_GET_ACCESS_TOKEN})
	 */
	AccessToken get(String userId, String providerId);

}
