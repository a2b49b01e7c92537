package dev.betterauth.core.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * How session tokens are kept in the {@code session} table: as they are (Better Auth's
 * way, so a Node Better Auth can read the same rows), or only their SHA-256 (base64url),
 * so a leaked database or backup holds no usable session. The cookie always carries the
 * token itself.
 */
public enum SessionTokens {

	/** The token as it is: shareable with a Node Better Auth. */
	PLAIN {

		@Override
		public String stored(String token) {
			return token;
		}

	},

	/** Only the token's SHA-256: a Node Better Auth cannot read these sessions. */
	HASHED {

		@Override
		public String stored(String token) {
			try {
				byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
				return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
			}
		}

	};

	/**
	 * What the {@code token} column holds for a token.
	 * @param token the token the client presents
	 * @return the stored value
	 */
	public abstract String stored(String token);

}
