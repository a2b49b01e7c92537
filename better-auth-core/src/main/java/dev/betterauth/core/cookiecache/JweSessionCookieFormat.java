package dev.betterauth.core.cookiecache;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.time.Instant;
import java.util.UUID;

import com.google.crypto.tink.subtle.Hkdf;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Better Auth's {@code jwe} strategy: a compact JWE, {@code dir} with
 * {@code A256CBC-HS512}, under a 64-byte key derived from the secret with HKDF-SHA256
 * (salt {@code better-auth-session}, info
 * {@code BetterAuth.js Generated Encryption Key}), its {@code kid} the key's RFC 7638
 * thumbprint; the claims are the payload plus {@code iat}, {@code exp} and a random
 * {@code jti}.
 */
final class JweSessionCookieFormat implements SessionCookieFormat {

	static final String SALT = "better-auth-session";

	static final String INFO = "BetterAuth.js Generated Encryption Key";

	private final JWEHeader header;

	private final DirectEncrypter encrypter;

	private final DirectDecrypter decrypter;

	JweSessionCookieFormat(String secret) {
		try {
			byte[] key = Hkdf.computeHkdf("HMACSHA256", secret.getBytes(StandardCharsets.UTF_8),
					SALT.getBytes(StandardCharsets.UTF_8), INFO.getBytes(StandardCharsets.UTF_8), 64);
			String kid = new OctetSequenceKey.Builder(key).build().computeThumbprint().toString();
			this.header = new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256CBC_HS512).keyID(kid).build();
			this.encrypter = new DirectEncrypter(key);
			this.decrypter = new DirectDecrypter(key);
		}
		catch (GeneralSecurityException | JOSEException ex) {
			throw new IllegalStateException("Cannot derive the cookie cache key", ex);
		}
	}

	@Override
	public String seal(ObjectNode payload, Instant expiresAt) {
		JWEObject jwe = new JWEObject(this.header,
				new Payload(JwtClaims.withTimes(payload, expiresAt, UUID.randomUUID().toString())));
		try {
			jwe.encrypt(this.encrypter);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("JWE encryption failed", ex);
		}
		return jwe.serialize();
	}

	@Override
	public @Nullable Opened open(String value) {
		try {
			JWEObject jwe = JWEObject.parse(value);
			JWEHeader header = jwe.getHeader();
			if (!JWEAlgorithm.DIR.equals(header.getAlgorithm())
					|| !EncryptionMethod.A256CBC_HS512.equals(header.getEncryptionMethod())
					|| (header.getKeyID() != null && !header.getKeyID().equals(this.header.getKeyID()))) {
				return null;
			}
			jwe.decrypt(this.decrypter);
			return JwtClaims.open(jwe.getPayload().toString());
		}
		catch (ParseException | JOSEException | RuntimeException ex) {
			return null;
		}
	}

}
