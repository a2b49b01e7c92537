package dev.betterauth.core.cookiecache;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Better Auth's {@code jwt} strategy: a JWT with the header {@code {"alg":"HS256"}},
 * keyed with the secret's UTF-8 bytes as they are, whose claims are the payload plus
 * {@code iat} and {@code exp} (seconds).
 */
final class JwtSessionCookieFormat implements SessionCookieFormat {

	private static final JWSHeader HEADER = new JWSHeader(JWSAlgorithm.HS256);

	private final MACSigner signer;

	private final MACVerifier verifier;

	JwtSessionCookieFormat(String secret) {
		byte[] key = secret.getBytes(StandardCharsets.UTF_8);
		try {
			this.signer = new MACSigner(key);
			this.verifier = new MACVerifier(key);
		}
		catch (JOSEException ex) {
			throw new IllegalArgumentException("The jwt cookie cache needs a secret of at least 32 bytes", ex);
		}
	}

	@Override
	public String seal(ObjectNode payload, Instant expiresAt) {
		JWSObject jwt = new JWSObject(HEADER, new Payload(JwtClaims.withTimes(payload, expiresAt, null)));
		try {
			jwt.sign(this.signer);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("HS256 signing failed", ex);
		}
		return jwt.serialize();
	}

	@Override
	public @Nullable Opened open(String value) {
		try {
			JWSObject jwt = JWSObject.parse(value);
			if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(this.verifier)) {
				return null;
			}
			return JwtClaims.open(jwt.getPayload().toString());
		}
		catch (ParseException | JOSEException | RuntimeException ex) {
			return null;
		}
	}

}
