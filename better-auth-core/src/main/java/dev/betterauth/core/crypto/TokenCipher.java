package dev.betterauth.core.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.XChaCha20Poly1305;
import org.jspecify.annotations.Nullable;

/**
 * Better Auth's symmetric encryption ({@code symmetricEncrypt} /
 * {@code symmetricDecrypt}), so values such as account tokens stored with
 * {@code account.encryptOAuthTokens: true} are interchangeable with a Node Better Auth
 * instance sharing the database.
 * <p>
 * The cipher is XChaCha20-Poly1305 (Tink) with no associated data; the key is SHA-256 of
 * the UTF-8 bytes of the secret string. A ciphertext is the lower-case hex of
 * {@code nonce(24) || ciphertext || tag(16)}. With a rotation list it is wrapped as
 * {@code $ba$<version>$<hex>} and keyed by that version's secret; bare hex is then read
 * with the legacy secret.
 * <p>
 * The two constructors mirror Better Auth's two configurations exactly:
 * <ul>
 * <li>{@link #TokenCipher(String)}: only {@code secret} is set. Better Auth then uses the
 * secret string itself as the key, so values are written as <b>bare hex</b> (never
 * {@code $ba$}) and {@code $ba$} envelopes cannot be read.</li>
 * <li>{@link #TokenCipher(List, String)}: {@code secrets} is set. Values are written as
 * {@code $ba$<newest version>$<hex>}; envelopes are read with their version's secret and
 * bare hex with the legacy {@code secret}, if any.</li>
 * </ul>
 * Instances are immutable and thread-safe.
 */
public final class TokenCipher {

	/** The prefix of a versioned envelope: {@code $ba$<version>$<hex>}. */
	public static final String ENVELOPE_PREFIX = "$ba$";

	private static final byte[] NO_ASSOCIATED_DATA = new byte[0];

	private static final HexFormat HEX = HexFormat.of();

	/** Secret strings by version, newest first; empty for a single-secret cipher. */
	private final Map<Integer, String> secrets;

	/**
	 * The version new values are written with, or {@code null} for a single-secret
	 * cipher.
	 */
	private final Integer currentVersion;

	/** The secret for bare hex: the single secret, the legacy secret, or {@code null}. */
	private final String legacySecret;

	private final Map<Integer, Aead> versionCiphers;

	private final Aead legacyCipher;

	/**
	 * A cipher for an instance configured with a single {@code secret} and no
	 * {@code secrets} list. As Better Auth does in that configuration, {@link #encrypt}
	 * writes bare hex and {@link #decrypt} reads only bare hex.
	 * @param secret the secret string, not empty
	 */
	public TokenCipher(String secret) {
		this(Map.of(), null, requireSecret(secret, "secret"));
	}

	/**
	 * A cipher for an instance configured with a {@code secrets} rotation list.
	 * @param secrets the versioned secrets, newest (the one to encrypt with) first;
	 * versions unique
	 * @param legacySecret the plain {@code secret} that bare-hex values were written with
	 * before rotation was configured, or {@code null} (or empty) if there is none
	 */
	public TokenCipher(List<VersionedSecret> secrets, @Nullable String legacySecret) {
		this(toMap(secrets), secrets.get(0).version(),
				(legacySecret == null || legacySecret.isEmpty()) ? null : legacySecret);
	}

	private TokenCipher(Map<Integer, String> secrets, Integer currentVersion, String legacySecret) {
		this.secrets = secrets;
		this.currentVersion = currentVersion;
		this.legacySecret = legacySecret;
		Map<Integer, Aead> ciphers = new LinkedHashMap<>();
		secrets.forEach((version, secret) -> ciphers.put(version, newCipher(secret)));
		this.versionCiphers = Collections.unmodifiableMap(ciphers);
		this.legacyCipher = (legacySecret != null) ? newCipher(legacySecret) : null;
	}

	/**
	 * Encrypts with a fresh random nonce: {@code $ba$<newest version>$<hex>} with a
	 * rotation list, bare hex with a single secret. An empty string is encrypted too (80
	 * hex characters), as {@code symmetricEncrypt} does; note that Better Auth's
	 * account-token writer stores empty tokens as they are, without calling it.
	 * @param plaintext the text to encrypt, or {@code null}
	 * @return the value to store, or {@code null} when {@code plaintext} is {@code null}
	 */
	public @Nullable String encrypt(@Nullable String plaintext) {
		if (plaintext == null) {
			return null;
		}
		if (this.currentVersion == null) {
			return seal(this.legacyCipher, plaintext);
		}
		return ENVELOPE_PREFIX + this.currentVersion + "$"
				+ seal(this.versionCiphers.get(this.currentVersion), plaintext);
	}

	/**
	 * Reads a stored value the way Better Auth's {@code decryptOAuthToken} does: a value
	 * that {@linkplain #isLikelyEncrypted looks encrypted} ({@code $ba$} prefix, or
	 * non-empty even-length hex of either case) is decrypted; anything else is returned
	 * unchanged, being plaintext left by a deployment that did not encrypt yet.
	 * <p>
	 * A value that looks encrypted but does not decrypt is an error, not plaintext:
	 * Better Auth throws in that case too, and returning it unchanged would hand out
	 * ciphertext (or a tampered value) as if it were a token. A plaintext token that
	 * happens to be even-length hex therefore cannot be read once encryption is on, in
	 * Better Auth as here.
	 * <p>
	 * Only use this for values your own server stored: for a value a client sends back,
	 * the pass-through would let the client substitute plaintext.
	 * @param stored the stored value, or {@code null}
	 * @return the plaintext, or {@code stored} itself when it does not look encrypted
	 * @throws TokenDecryptionException if it looks encrypted but cannot be decrypted
	 */
	public @Nullable String decrypt(@Nullable String stored) {
		if (stored == null || !isLikelyEncrypted(stored)) {
			return stored;
		}
		return decryptStrict(stored);
	}

	/**
	 * Decrypts a value that must be a ciphertext, as {@code symmetricDecrypt} does: a
	 * {@code $ba$<version>$<hex>} envelope with that version's secret, bare hex with the
	 * single or legacy secret. Upper-case hex is accepted.
	 * @param encrypted the ciphertext
	 * @return the plaintext
	 * @throws TokenDecryptionException if the value is malformed, names a version that is
	 * not configured, needs a legacy secret that is not configured, or fails
	 * authentication (wrong key or tampered)
	 */
	String decryptStrict(String encrypted) {
		Objects.requireNonNull(encrypted, "encrypted");
		if (encrypted.startsWith(ENVELOPE_PREFIX)) {
			if (this.currentVersion == null) {
				throw new TokenDecryptionException(
						"Value is a versioned ($ba$) envelope but only a single secret is configured");
			}
			int separator = encrypted.indexOf('$', ENVELOPE_PREFIX.length());
			if (separator < 0) {
				throw new TokenDecryptionException("Malformed $ba$ envelope: no version separator");
			}
			int version = parseVersion(encrypted.substring(ENVELOPE_PREFIX.length(), separator));
			Aead cipher = this.versionCiphers.get(version);
			if (cipher == null) {
				throw new TokenDecryptionException(
						"Secret version " + version + " is not configured (it may have been retired)");
			}
			return open(cipher, encrypted.substring(separator + 1));
		}
		if (this.legacyCipher == null) {
			throw new TokenDecryptionException("Cannot decrypt a bare-hex value: no legacy secret is configured");
		}
		return open(this.legacyCipher, encrypted);
	}

	/**
	 * Whether a stored value is treated as a ciphertext on read: it starts with
	 * {@code $ba$}, or it is non-empty, of even length and made only of hex digits
	 * (either case).
	 * @param stored the stored value, or {@code null}
	 * @return {@code true} if {@link #decrypt} will try to decrypt it
	 */
	public static boolean isLikelyEncrypted(@Nullable String stored) {
		if (stored == null) {
			return false;
		}
		if (stored.startsWith(ENVELOPE_PREFIX)) {
			return true;
		}
		return !stored.isEmpty() && stored.length() % 2 == 0 && stored.chars().allMatch(TokenCipher::isHexDigit);
	}

	private static boolean isHexDigit(int c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}

	private static String seal(Aead cipher, String plaintext) {
		try {
			// Tink's output is nonce || ciphertext || tag, exactly Better Auth's layout.
			return HEX.formatHex(cipher.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), NO_ASSOCIATED_DATA));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("XChaCha20-Poly1305 encryption failed", ex);
		}
	}

	private static String open(Aead cipher, String hex) {
		byte[] sealed;
		try {
			sealed = HEX.parseHex(hex);
		}
		catch (IllegalArgumentException ex) {
			throw new TokenDecryptionException("Encrypted value is not valid hex");
		}
		try {
			return new String(cipher.decrypt(sealed, NO_ASSOCIATED_DATA), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new TokenDecryptionException("Decryption failed: wrong secret, truncated or tampered value", ex);
		}
	}

	private static int parseVersion(String digits) {
		// Stricter than Better Auth's parseInt, which would also read "2x" as 2; no
		// writer produces that.
		if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new TokenDecryptionException("Malformed $ba$ envelope: the version is not a number");
		}
		return Integer.parseInt(digits);
	}

	private static Aead newCipher(String secret) {
		try {
			return new XChaCha20Poly1305(Pkce.sha256(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("XChaCha20-Poly1305 is unavailable", ex);
		}
	}

	private static Map<Integer, String> toMap(List<VersionedSecret> secrets) {
		if (secrets == null || secrets.isEmpty()) {
			throw new IllegalArgumentException("At least one versioned secret is required");
		}
		Map<Integer, String> map = new LinkedHashMap<>();
		for (VersionedSecret secret : secrets) {
			if (map.putIfAbsent(secret.version(), secret.value()) != null) {
				throw new IllegalArgumentException("Duplicate secret version " + secret.version());
			}
		}
		return Collections.unmodifiableMap(map);
	}

	private static String requireSecret(String value, String name) {
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException("The " + name + " must not be empty");
		}
		return value;
	}

	/**
	 * One entry of Better Auth's {@code secrets} option.
	 *
	 * @param version a non-negative version number, written into {@code $ba$<version>$}
	 * @param value the secret string, not empty
	 */
	public record VersionedSecret(int version, String value) {

		public VersionedSecret {
			if (version < 0) {
				throw new IllegalArgumentException("Secret versions must not be negative");
			}
			requireSecret(value, "secret for version " + version);
		}

		@Override
		public String toString() {
			return "VersionedSecret[version=" + this.version + ", value=(hidden)]";
		}

	}

}
