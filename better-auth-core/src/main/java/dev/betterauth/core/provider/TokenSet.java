package dev.betterauth.core.provider;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a token endpoint answered. Never logged: {@link #toString()} hides the tokens.
 *
 * @param accessToken the access token, may be {@code null} (a native sign-in that sent
 * none)
 * @param refreshToken the refresh token, may be {@code null}
 * @param idToken the OpenID id_token, may be {@code null}
 * @param accessTokenExpiresAt when the access token expires, may be {@code null}
 * @param refreshTokenExpiresAt when the refresh token expires, may be {@code null}
 * @param scopes granted scopes, empty when the provider did not say
 */
public record TokenSet(@Nullable String accessToken, @Nullable String refreshToken, @Nullable String idToken,
		@Nullable Instant accessTokenExpiresAt, @Nullable Instant refreshTokenExpiresAt, List<String> scopes) {

	public TokenSet {
		scopes = (scopes != null) ? List.copyOf(scopes) : List.of();
	}

	@Override
	public String toString() {
		return "TokenSet[accessToken=***, refreshToken=" + ((this.refreshToken != null) ? "***" : "null") + ", idToken="
				+ ((this.idToken != null) ? "***" : "null") + ", accessTokenExpiresAt=" + this.accessTokenExpiresAt
				+ ", scopes=" + this.scopes + "]";
	}

}
