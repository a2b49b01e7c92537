package dev.betterauth.core.provider;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * @param parameters every field of the token answer, for mappings that read more
 * (WeChat's {@code openid}, TikTok's {@code open_id}); never logged
 */
public record TokenSet(@Nullable String accessToken, @Nullable String refreshToken, @Nullable String idToken,
		@Nullable Instant accessTokenExpiresAt, @Nullable Instant refreshTokenExpiresAt, List<String> scopes,
		Map<String, Object> parameters) {

	public TokenSet {
		scopes = (scopes != null) ? List.copyOf(scopes) : List.of();
		parameters = (parameters != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(parameters)) : Map.of();
	}

	public TokenSet(@Nullable String accessToken, @Nullable String refreshToken, @Nullable String idToken,
			@Nullable Instant accessTokenExpiresAt, @Nullable Instant refreshTokenExpiresAt, List<String> scopes) {
		this(accessToken, refreshToken, idToken, accessTokenExpiresAt, refreshTokenExpiresAt, scopes, Map.of());
	}

	@Override
	public String toString() {
		return "TokenSet[accessToken=***, refreshToken=" + ((this.refreshToken != null) ? "***" : "null") + ", idToken="
				+ ((this.idToken != null) ? "***" : "null") + ", accessTokenExpiresAt=" + this.accessTokenExpiresAt
				+ ", scopes=" + this.scopes + "]";
	}

}
