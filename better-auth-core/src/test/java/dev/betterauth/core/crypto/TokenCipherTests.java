package dev.betterauth.core.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.google.crypto.tink.aead.internal.InsecureNonceXChaCha20Poly1305;
import com.google.crypto.tink.subtle.Hkdf;
import dev.betterauth.core.Vectors;
import dev.betterauth.core.crypto.TokenCipher.VersionedSecret;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TokenCipherTests {

	private static final HexFormat HEX = HexFormat.of();

	private static final String SECRET = "test-secret-0123456789abcdef0123456789abcdef";

	private static final VersionedSecret V1 = new VersionedSecret(1, "rotation-secret-v1-0123456789abcdef0123456789");

	private static final VersionedSecret V2 = new VersionedSecret(2, "rotation-secret-v2-fedcba9876543210fedcba9876");

	private static final String LEGACY = "legacy-secret-0123456789abcdef0123456789abcdef";

	// Better Auth's vectors

	@Test
	void decryptsAndReproducesPlainVectors() {
		JsonNode cases = vectors().get("plain");
		assertThat(cases.size()).isEqualTo(8);
		for (JsonNode vector : cases) {
			String id = vector.get("id").asString();
			TokenCipher cipher = new TokenCipher(text(vector, "secret"));
			String encrypted = text(vector, "encrypted");
			String plaintext = text(vector, "plaintext");
			assertThat(plaintext.getBytes(StandardCharsets.UTF_8)).as(id)
				.hasSize(vector.get("plaintext_utf8_bytes").asInt());
			assertThat(cipher.decrypt(encrypted)).as(id).isEqualTo(plaintext);
			assertThat(cipher.decryptStrict(encrypted)).as(id).isEqualTo(plaintext);
			assertDerivedParts(id, text(vector, "secret"), encrypted, vector.get("derived"));
			assertThat(encryptWithNonce(text(vector, "secret"), null, plaintext, nonce(vector))).as(id)
				.isEqualTo(encrypted);
		}
	}

	@Test
	void plainNegativeVectorsBehaveAsBetterAuth() {
		JsonNode cases = vectors().get("plain_negative");
		assertThat(cases.size()).isEqualTo(3);
		int errors = 0;
		for (JsonNode vector : cases) {
			String id = vector.get("id").asString();
			TokenCipher cipher = new TokenCipher(text(vector, "secret"));
			String encrypted = text(vector, "encrypted");
			if (text(vector, "expected").equals("error")) {
				assertFails(() -> cipher.decrypt(encrypted), encrypted, text(vector, "secret"));
				assertFails(() -> cipher.decryptStrict(encrypted), encrypted, text(vector, "secret"));
				errors++;
			}
			else {
				assertThat(text(vector, "expected")).as(id).isEqualTo("accept");
				assertThat(encrypted).as(id).isUpperCase();
				assertThat(cipher.decrypt(encrypted)).as(id).isEqualTo(text(vector, "better_auth_result"));
			}
		}
		assertThat(errors).isEqualTo(2);
	}

	@Test
	void decryptsAndReproducesVersionedVectors() {
		JsonNode versioned = vectors().get("versioned");
		TokenCipher rotation = rotationCipher(versioned.get("config"));
		JsonNode cases = versioned.get("cases");
		assertThat(cases.size()).isEqualTo(6);
		for (JsonNode vector : cases) {
			String id = vector.get("id").asString();
			int version = vector.get("version").asInt();
			String encrypted = text(vector, "encrypted");
			String plaintext = text(vector, "plaintext");
			String prefix = "$ba$" + version + "$";
			assertThat(encrypted).as(id).isEqualTo(prefix + text(vector, "envelope_hex"));
			assertThat(rotation.decrypt(encrypted)).as(id).isEqualTo(plaintext);
			assertDerivedParts(id, text(vector, "secret_used"), text(vector, "envelope_hex"), vector.get("derived"));
			// v1 values came from an instance whose only (so current) secret was v1.
			assertThat(encryptWithNonce(text(vector, "secret_used"), version, plaintext, nonce(vector))).as(id)
				.isEqualTo(encrypted);
		}
		JsonNode legacy = versioned.get("legacy_cases");
		assertThat(legacy.size()).isEqualTo(1);
		for (JsonNode vector : legacy) {
			String id = vector.get("id").asString();
			assertThat(text(vector, "encrypted")).as(id).doesNotStartWith("$");
			assertThat(rotation.decrypt(text(vector, "encrypted"))).as(id).isEqualTo(text(vector, "plaintext"));
			assertDerivedParts(id, text(vector, "secret_used"), text(vector, "encrypted"), vector.get("derived"));
			assertThat(encryptWithNonce(text(vector, "secret_used"), null, text(vector, "plaintext"), nonce(vector)))
				.as(id)
				.isEqualTo(text(vector, "encrypted"));
		}
	}

	@Test
	void versionedNegativeVectorsFail() {
		JsonNode versioned = vectors().get("versioned");
		JsonNode cases = versioned.get("negative");
		assertThat(cases.size()).isEqualTo(3);
		for (JsonNode vector : cases) {
			TokenCipher cipher = vector.has("key_config") ? keyConfigCipher(vector.get("key_config"))
					: rotationCipher(versioned.get("config"));
			assertThat(text(vector, "expected")).isEqualTo("error");
			assertFails(() -> cipher.decrypt(text(vector, "encrypted")), text(vector, "encrypted"), null);
		}
		TokenDecryptionException unknown = catchThrowableOfType(TokenDecryptionException.class,
				() -> rotationCipher(versioned.get("config")).decrypt(text(cases.get(0), "encrypted")));
		assertThat(unknown).hasMessageContaining("version 3");
	}

	@Test
	void oauthAccountTokenVectorsReadAndWriteAsBetterAuth() {
		JsonNode cases = vectors().get("oauth_account_tokens");
		assertThat(cases.size()).isEqualTo(5);
		int passthrough = 0;
		for (JsonNode vector : cases) {
			String id = vector.get("id").asString();
			JsonNode config = vector.get("config");
			TokenCipher cipher = config.has("secrets") ? rotationCipher(config)
					: new TokenCipher(text(config, "secret"));
			if (vector.has("stored_value")) {
				assertThat(id).isEqualTo("passthrough-not-hex");
				assertThat(TokenCipher.isLikelyEncrypted(text(vector, "stored_value"))).isFalse();
				assertThat(cipher.decrypt(text(vector, "stored_value"))).as(id)
					.isEqualTo(text(vector, "decrypt_result"));
				passthrough++;
				continue;
			}
			String plaintext = text(vector, "plaintext");
			assertThat(cipher.decrypt(text(vector, "encrypted"))).as(id).isEqualTo(plaintext);
			String written = cipher.encrypt(plaintext);
			if (vector.get("version").isNull()) {
				// A single secret writes bare hex, as Better Auth does.
				assertThat(text(vector, "encrypted")).as(id).matches("[0-9a-f]+");
				assertThat(written).as(id).matches("[0-9a-f]+");
			}
			else {
				String prefix = "$ba$" + vector.get("version").asInt() + "$";
				assertThat(text(vector, "encrypted")).as(id).startsWith(prefix);
				assertThat(written).as(id).startsWith(prefix);
			}
			assertThat(cipher.decrypt(written)).as(id).isEqualTo(plaintext);
		}
		assertThat(passthrough).isEqualTo(1);
	}

	@Test
	void derivesPurposeKeysAsBetterAuth() {
		JsonNode purposeKeys = Vectors.root().get("purpose_keys");
		JsonNode cases = purposeKeys.get("cases");
		assertThat(cases.size()).isEqualTo(4);
		for (JsonNode vector : cases) {
			String id = vector.get("id").asString();
			String purpose = text(vector, "purpose");
			assertThat(text(vector, "hkdf_info_utf8")).isEqualTo("better-auth:" + purpose + ":v1");
			assertThat(text(vector, "hkdf_salt_utf8")).isEqualTo("better-auth:oauth-encryption:v1");
			String derived = derivePurposeKey(text(vector, "secret"), purpose);
			assertThat(derived).as(id).isEqualTo(text(vector, "derived_key_hex"));
			assertDerivedParts(id, derived, text(vector, "encrypted"), vector.get("derived"));
			TokenCipher cipher = new TokenCipher(derived);
			assertThat(cipher.decryptStrict(text(vector, "encrypted"))).as(id).isEqualTo(text(vector, "plaintext"));
			assertThat(encryptWithNonce(derived, null, text(vector, "plaintext"), nonce(vector))).as(id)
				.isEqualTo(text(vector, "encrypted"));
		}
		JsonNode versioned = purposeKeys.get("versioned");
		assertThat(versioned.size()).isEqualTo(2);
		for (JsonNode vector : versioned) {
			String id = vector.get("id").asString();
			String purpose = text(vector, "purpose");
			JsonNode config = vector.get("config");
			JsonNode keys = vector.get("derived_keys_hex");
			for (JsonNode secret : config.get("secrets")) {
				assertThat(derivePurposeKey(text(secret, "value"), purpose)).as(id)
					.isEqualTo(text(keys, secret.get("version").asString()));
			}
			assertThat(derivePurposeKey(text(config, "legacy_secret"), purpose)).as(id).isEqualTo(text(keys, "legacy"));
			TokenCipher cipher = purposeCipher(config, purpose);
			assertThat(cipher.decryptStrict(text(vector, "encrypted"))).as(id).isEqualTo(text(vector, "plaintext"));
			JsonNode newest = config.get("secrets").get(0);
			assertThat(encryptWithNonce(derivePurposeKey(text(newest, "value"), purpose), newest.get("version").asInt(),
					text(vector, "plaintext"), nonce(vector)))
				.as(id)
				.isEqualTo(text(vector, "encrypted"));
			// The legacy purpose key reads bare hex written before rotation.
			String beforeRotation = new TokenCipher(derivePurposeKey(text(config, "legacy_secret"), purpose))
				.encrypt("old");
			assertThat(cipher.decryptStrict(beforeRotation)).isEqualTo("old");
		}
	}

	@Test
	void decryptsLiveOAuthStateCookiesAndLinkTokens() {
		JsonNode live = Vectors.root().get("purpose_keys").get("live");
		assertThat(live.size()).isEqualTo(3);
		int linkTokens = 0;
		for (JsonNode vector : live) {
			String id = vector.get("id").asString();
			JsonNode config = vector.get("config");
			assertThat(UriComponent.decode(text(vector, "cookie_value"))).as(id).isEqualTo(text(vector, "encrypted"));
			assertThat(purposeCipher(config, text(vector, "purpose")).decryptStrict(text(vector, "encrypted"))).as(id)
				.isEqualTo(text(vector, "plaintext"));
			if (vector.has("link_encrypted_session_token")) {
				JsonNode link = vector.get("link_encrypted_session_token");
				assertThat(purposeCipher(config, text(link, "purpose")).decryptStrict(text(link, "encrypted"))).as(id)
					.isEqualTo(text(link, "plaintext"));
				linkTokens++;
			}
		}
		assertThat(linkTokens).isEqualTo(2);
	}

	// Round trips and format

	@Test
	void roundTripsAnyText() {
		TokenCipher single = new TokenCipher(SECRET);
		TokenCipher rotation = new TokenCipher(List.of(V2, V1), LEGACY);
		for (String plaintext : List.of("", "a", "gho_token", "Grüße, Zoë — 日本語 ☃", "🔐👩‍💻 emoji", "x".repeat(10_000),
				"deadbeef")) {
			String bare = single.encrypt(plaintext);
			int bytes = plaintext.getBytes(StandardCharsets.UTF_8).length;
			assertThat(bare).matches("[0-9a-f]+").hasSize(2 * (24 + bytes + 16));
			assertThat(single.decrypt(bare)).isEqualTo(plaintext);
			String envelope = rotation.encrypt(plaintext);
			assertThat(envelope).startsWith("$ba$2$");
			assertThat(envelope.substring(6)).matches("[0-9a-f]+").hasSize(2 * (24 + bytes + 16));
			assertThat(rotation.decrypt(envelope)).isEqualTo(plaintext);
		}
		assertThat(single.encrypt("")).hasSize(80);
		assertThat(single.encrypt(null)).isNull();
		assertThat(single.decrypt(null)).isNull();
	}

	@Test
	void usesAFreshNonceEveryTime() {
		TokenCipher cipher = new TokenCipher(SECRET);
		String first = cipher.encrypt("same");
		String second = cipher.encrypt("same");
		assertThat(first).isNotEqualTo(second);
		assertThat(first.substring(0, 48)).isNotEqualTo(second.substring(0, 48));
	}

	@Test
	void fixedNonceEncryptionDecryptsWithTheRandomNoncePath() {
		TokenCipher cipher = new TokenCipher(List.of(V2, V1), LEGACY);
		String encrypted = encryptWithNonce(V2.value(), 2, "fixed ☃", new byte[24]);
		assertThat(encrypted).startsWith("$ba$2$" + "00".repeat(24));
		assertThat(cipher.decrypt(encrypted)).isEqualTo("fixed ☃");
	}

	// Rotation

	@Test
	void rotatesSecrets() {
		TokenCipher v1Only = new TokenCipher(List.of(V1), LEGACY);
		TokenCipher v2AndV1 = new TokenCipher(List.of(V2, V1), LEGACY);
		TokenCipher v2Only = new TokenCipher(List.of(V2), LEGACY);
		TokenCipher legacy = new TokenCipher(LEGACY);

		String fromLegacy = legacy.encrypt("legacy token");
		String fromV1 = v1Only.encrypt("v1 token");
		assertThat(fromV1).startsWith("$ba$1$");
		String fromV2 = v2AndV1.encrypt("v2 token");
		assertThat(fromV2).startsWith("$ba$2$");

		assertThat(v2AndV1.decrypt(fromV1)).isEqualTo("v1 token");
		assertThat(v2AndV1.decrypt(fromV2)).isEqualTo("v2 token");
		assertThat(v2AndV1.decrypt(fromLegacy)).isEqualTo("legacy token");
		assertThat(v2Only.decrypt(fromLegacy)).isEqualTo("legacy token");
		assertThat(v2Only.decrypt(fromV2)).isEqualTo("v2 token");

		// v1 retired: its values can no longer be read.
		TokenDecryptionException retired = catchThrowableOfType(TokenDecryptionException.class,
				() -> v2Only.decrypt(fromV1));
		assertThat(retired).hasMessageContaining("version 1").hasMessageNotContaining(V1.value());
		// v1 does not know v2 yet.
		assertFails(() -> v1Only.decrypt(fromV2), fromV2, V2.value());
		// A single-secret instance cannot read envelopes, and bare hex needs a legacy
		// secret.
		assertFails(() -> legacy.decrypt(fromV1), fromV1, LEGACY);
		assertFails(() -> new TokenCipher(List.of(V2, V1), null).decrypt(fromLegacy), fromLegacy, LEGACY);
		assertFails(() -> new TokenCipher(List.of(V2, V1), "").decrypt(fromLegacy), fromLegacy, LEGACY);
		// A version label pointing at another version's key fails authentication.
		assertFails(() -> v2AndV1.decrypt("$ba$1$" + fromV2.substring(6)), fromV2, null);
	}

	@Test
	void purposeKeysAreSeparate() {
		TokenCipher base = new TokenCipher(List.of(V2, V1), LEGACY);
		TokenCipher stateCipher = purposeCipher(List.of(V2, V1), LEGACY, "oauth-state-cookie");
		String state = stateCipher.encrypt("state");
		assertThat(stateCipher.decryptStrict(state)).isEqualTo("state");
		assertFails(() -> base.decryptStrict(state), state, null);
		assertFails(() -> purposeCipher(List.of(V2, V1), LEGACY, "oauth-link-session-token").decryptStrict(state),
				state, null);
	}

	// Read rule

	@Test
	void returnsValuesThatDoNotLookEncryptedUnchanged() {
		TokenCipher cipher = new TokenCipher(SECRET);
		for (String plaintext : List.of("", "gho_plaintext-not-encrypted", "abc", "0123456789abcdef0", "ya29.a0AfB",
				"zz", "0x00", "ab cd", "٣٣")) {
			assertThat(TokenCipher.isLikelyEncrypted(plaintext)).as(plaintext).isFalse();
			assertThat(cipher.decrypt(plaintext)).as(plaintext).isEqualTo(plaintext);
		}
		assertThat(TokenCipher.isLikelyEncrypted(null)).isFalse();
		assertThat(TokenCipher.isLikelyEncrypted("00")).isTrue();
		assertThat(TokenCipher.isLikelyEncrypted("DEADbeef")).isTrue();
		assertThat(TokenCipher.isLikelyEncrypted("$ba$")).isTrue();
		assertThat(TokenCipher.isLikelyEncrypted("$ba$not even hex")).isTrue();
	}

	@Test
	void evenLengthHexThatDoesNotDecryptIsAnError() {
		TokenCipher cipher = new TokenCipher(SECRET);
		// Better Auth's decryptOAuthToken throws here too rather than returning the
		// value.
		String hexToken = "deadbeef00112233";
		assertFails(() -> cipher.decrypt(hexToken), hexToken, SECRET);
		String garbage = "ab".repeat(60);
		assertFails(() -> cipher.decrypt(garbage), garbage, SECRET);
		assertFails(() -> cipher.decrypt(garbage.toUpperCase()), garbage.toUpperCase(), SECRET);
	}

	@Test
	void rejectsTamperingAndMalformedValues() {
		TokenCipher cipher = new TokenCipher(List.of(V2, V1), LEGACY);
		String envelope = cipher.encrypt("access token");
		String hex = envelope.substring(6);
		// Flip a bit in the nonce, the ciphertext and the tag.
		for (int index : new int[] { 0, 47, 48, hex.length() - 32, hex.length() - 1 }) {
			String tampered = "$ba$2$" + flip(hex, index);
			assertFails(() -> cipher.decrypt(tampered), tampered, V2.value());
		}
		for (String malformed : List.of("$ba$", "$ba$2", "$ba$$" + hex, "$ba$x$" + hex, "$ba$-2$" + hex,
				"$ba$2x$" + hex, "$ba$9999999999$" + hex, "$ba$2$" + hex.substring(1), "$ba$2$" + hex + "zz",
				"$ba$2$" + hex.substring(0, 78), "$ba$2$")) {
			assertFails(() -> cipher.decrypt(malformed), malformed, V2.value());
		}
		for (String notCiphertext : List.of("", "plain token", "abc", "zz")) {
			assertFails(() -> cipher.decryptStrict(notCiphertext), notCiphertext, LEGACY);
		}
	}

	@Test
	void validatesConfiguration() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenCipher((String) null));
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenCipher(""));
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenCipher(List.of(), LEGACY));
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenCipher(null, LEGACY));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TokenCipher(List.of(V1, new VersionedSecret(1, "other-secret")), LEGACY))
			.withMessageNotContaining("other-secret");
		assertThatIllegalArgumentException().isThrownBy(() -> new VersionedSecret(-1, "secret"));
		assertThatIllegalArgumentException().isThrownBy(() -> new VersionedSecret(1, ""));
		assertThatIllegalArgumentException().isThrownBy(() -> new VersionedSecret(1, null));
		assertThat(V1.toString()).contains("version=1").doesNotContain(V1.value());
		// Version 0 is a valid version.
		TokenCipher zero = new TokenCipher(List.of(new VersionedSecret(0, "zero-secret")), null);
		assertThat(zero.encrypt("t")).startsWith("$ba$0$");
	}

	// Helpers

	/**
	 * Better Auth's purpose key: HKDF-SHA256 of the secret, salt
	 * {@code better-auth:oauth-encryption:v1}, info {@code better-auth:<purpose>:v1}, 32
	 * bytes as lower-case hex (then used as a secret string). Only these vectors need it:
	 * the starter signs its state cookie instead of encrypting it.
	 */
	private static String derivePurposeKey(String secret, String purpose) {
		try {
			return HEX.formatHex(Hkdf.computeHkdf("HMACSHA256", secret.getBytes(StandardCharsets.UTF_8),
					"better-auth:oauth-encryption:v1".getBytes(StandardCharsets.UTF_8),
					("better-auth:" + purpose + ":v1").getBytes(StandardCharsets.UTF_8), 32));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A vector config's cipher with every secret replaced by its purpose key. */
	private static TokenCipher purposeCipher(JsonNode config, String purpose) {
		if (!config.has("secrets")) {
			return new TokenCipher(derivePurposeKey(text(config, "secret"), purpose));
		}
		List<VersionedSecret> secrets = new ArrayList<>();
		for (JsonNode secret : config.get("secrets")) {
			secrets.add(new VersionedSecret(secret.get("version").asInt(), text(secret, "value")));
		}
		String legacy = config.has("legacy_secret") ? text(config, "legacy_secret") : text(config, "secret");
		return purposeCipher(secrets, legacy, purpose);
	}

	private static TokenCipher purposeCipher(List<VersionedSecret> secrets, String legacy, String purpose) {
		return new TokenCipher(secrets.stream()
			.map((secret) -> new VersionedSecret(secret.version(), derivePurposeKey(secret.value(), purpose)))
			.toList(), derivePurposeKey(legacy, purpose));
	}

	/**
	 * Encrypts with the vector's own nonce, to reproduce it byte for byte; Tink's public
	 * cipher always draws a fresh nonce, so its internal fixed-nonce variant is used, in
	 * tests only.
	 */
	private static String encryptWithNonce(String secret, Integer version, String plaintext, byte[] nonce) {
		try {
			byte[] sealed = new InsecureNonceXChaCha20Poly1305(Pkce.sha256(secret.getBytes(StandardCharsets.UTF_8)))
				.encrypt(nonce, plaintext.getBytes(StandardCharsets.UTF_8), new byte[0]);
			String hex = HEX.formatHex(nonce) + HEX.formatHex(sealed);
			return (version != null) ? TokenCipher.ENVELOPE_PREFIX + version + "$" + hex : hex;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode vectors() {
		return Vectors.root().get("symmetric_encryption");
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		assertThat(value).as(field).isNotNull();
		return value.asString();
	}

	private static byte[] nonce(JsonNode vector) {
		return HEX.parseHex(text(vector.get("derived"), "nonce_hex"));
	}

	private static void assertDerivedParts(String id, String secret, String hex, JsonNode derived) {
		assertThat(HEX.formatHex(Pkce.sha256(secret.getBytes(StandardCharsets.UTF_8)))).as(id)
			.isEqualTo(text(derived, "key_sha256_hex"));
		assertThat(text(derived, "nonce_hex")).as(id).hasSize(48);
		assertThat(text(derived, "tag_hex")).as(id).hasSize(32);
		assertThat(text(derived, "nonce_hex") + text(derived, "ciphertext_hex") + text(derived, "tag_hex")).as(id)
			.isEqualTo(hex);
	}

	/**
	 * The rotation config of the vectors: {@code secrets} (newest first) plus the legacy
	 * secret.
	 */
	private static TokenCipher rotationCipher(JsonNode config) {
		List<VersionedSecret> secrets = new ArrayList<>();
		for (JsonNode secret : config.get("secrets")) {
			secrets.add(new VersionedSecret(secret.get("version").asInt(), text(secret, "value")));
		}
		String legacy = config.has("legacy_secret") ? text(config, "legacy_secret") : text(config, "secret");
		return new TokenCipher(secrets, legacy);
	}

	/**
	 * A {@code key_config} of the vectors: {@code versions} map, {@code current_version},
	 * legacy secret.
	 */
	private static TokenCipher keyConfigCipher(JsonNode keyConfig) {
		int current = keyConfig.get("current_version").asInt();
		List<VersionedSecret> secrets = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : keyConfig.get("versions").properties()) {
			VersionedSecret secret = new VersionedSecret(Integer.parseInt(entry.getKey()), entry.getValue().asString());
			secrets.add((secret.version() == current) ? 0 : secrets.size(), secret);
		}
		return new TokenCipher(secrets, text(keyConfig, "legacy_secret"));
	}

	private static String flip(String hex, int index) {
		char c = hex.charAt(index);
		char flipped = Character.forDigit(Character.digit(c, 16) ^ 1, 16);
		return hex.substring(0, index) + flipped + hex.substring(index + 1);
	}

	private static void assertFails(Runnable decryption, String value, String secret) {
		TokenDecryptionException ex = catchThrowableOfType(TokenDecryptionException.class, decryption::run);
		assertThat(ex).as("expected a TokenDecryptionException").isNotNull();
		// Very short values ("$ba$") may coincide with the message's own words.
		if (value.length() > 6) {
			assertThat(ex.getMessage()).doesNotContain(value);
		}
		if (secret != null) {
			assertThat(ex.getMessage()).doesNotContain(secret);
		}
	}

}
