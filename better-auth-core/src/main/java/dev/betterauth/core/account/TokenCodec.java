package dev.betterauth.core.account;

import org.jspecify.annotations.Nullable;

/**
 * How provider tokens are stored in the {@code account} table: sealed on write, opened on
 * read.
 */
public interface TokenCodec {

	/** Stores tokens as they are (only when encryption is turned off). */
	TokenCodec PLAIN = new TokenCodec() {

		@Override
		public String seal(String token) {
			return token;
		}

		@Override
		public String open(String stored) {
			return stored;
		}

	};

	/**
	 * @param token a token, may be {@code null}
	 * @return what to store, {@code null} for {@code null}
	 */
	@Nullable String seal(@Nullable String token);

	/**
	 * What to store for an id token. Better Auth stores id tokens as they are (a signed
	 * assertion, not a credential for APIs), and a Node Better Auth sharing the database
	 * hands them out so; codecs may still encrypt them.
	 * @param idToken an id token, may be {@code null}
	 * @return what to store, {@code null} for {@code null}
	 */
	default @Nullable String sealIdToken(@Nullable String idToken) {
		return seal(idToken);
	}

	/**
	 * @param stored what was stored, may be {@code null}
	 * @return the token, {@code null} for {@code null}
	 */
	@Nullable String open(@Nullable String stored);

}
