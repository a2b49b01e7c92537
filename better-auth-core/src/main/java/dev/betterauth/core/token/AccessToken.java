package dev.betterauth.core.token;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A usable provider access token. {@link #toString()} hides the tokens.
 *
 * @param accountId the account row id
 * @param providerId the provider
 * @param accessToken the access token, valid beyond the refresh margin
 * @param accessTokenExpiresAt when it expires, {@code null} when the provider did not say
 * @param scopes the granted scopes
 * @param idToken the latest OpenID id_token, may be {@code null}
 */
public record AccessToken(String accountId, String providerId, String accessToken,
		@Nullable Instant accessTokenExpiresAt, List<String> scopes, @Nullable String idToken) {

	@Override
	public String toString() {
		return "AccessToken[accountId=" + this.accountId + ", providerId=" + this.providerId
				+ ", accessToken=***, accessTokenExpiresAt=" + this.accessTokenExpiresAt + ", scopes=" + this.scopes
				+ "]";
	}

}
