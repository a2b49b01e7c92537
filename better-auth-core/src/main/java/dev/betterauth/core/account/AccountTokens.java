package dev.betterauth.core.account;

import java.time.Instant;

import dev.betterauth.core.provider.TokenSet;

/**
 * Writes and reads the provider tokens of an {@link Account}, sealed with the
 * {@link TokenCodec}: the one place that knows which columns a token answer fills. A
 * token the answer does not carry is left as it is: a provider that does not rotate
 * refresh tokens keeps the stored one, and a sign-in that brings no access token does not
 * erase the stored one.
 */
public final class AccountTokens {

	private final TokenCodec codec;

	public AccountTokens(TokenCodec codec) {
		this.codec = codec;
	}

	/**
	 * Stores what the provider answered.
	 * @param account the account
	 * @param tokens the answer
	 * @param now the update time
	 */
	public void write(Account account, TokenSet tokens, Instant now) {
		if (tokens.accessToken() != null) {
			account.setAccessToken(this.codec.seal(tokens.accessToken()));
			account.setAccessTokenExpiresAt(tokens.accessTokenExpiresAt());
		}
		if (tokens.refreshToken() != null) {
			account.setRefreshToken(this.codec.seal(tokens.refreshToken()));
			account.setRefreshTokenExpiresAt(tokens.refreshTokenExpiresAt());
		}
		if (tokens.idToken() != null) {
			account.setIdToken(this.codec.sealIdToken(tokens.idToken()));
		}
		account.setUpdatedAt(now);
	}

	/** The access token in clear, or {@code null}. */
	public String accessToken(Account account) {
		return this.codec.open(account.getAccessToken());
	}

	/** The refresh token in clear, or {@code null}. */
	public String refreshToken(Account account) {
		return this.codec.open(account.getRefreshToken());
	}

	/** The id token in clear, or {@code null}. */
	public String idToken(Account account) {
		return this.codec.open(account.getIdToken());
	}

}
