package dev.betterauth.core.provider;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.betterauth.core.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

class IdTokenVerifierTests {

	private static final URI JWKS_URI = URI.create("https://idp.example.com/.well-known/jwks.json");

	private static final String ISSUER = "https://idp.example.com";

	private static final String CLIENT_ID = "client-123";

	private static final String NONCE = "n-0S6_WzA2Mj";

	// Key generation is slow; every test shares these.
	private static final RSAKey RSA = rsa("rsa-1");

	private static final RSAKey RSA_SAME_KID = rsa("rsa-1");

	private static final RSAKey RSA_ROTATED = rsa("rsa-2");

	private static final ECKey EC_256 = ec(Curve.P_256, "ec-256");

	private static final ECKey EC_384 = ec(Curve.P_384, "ec-384");

	private static final ECKey EC_521 = ec(Curve.P_521, "ec-521");

	/** What the provider publishes at each JWKS URI right now. */
	private final Map<URI, String> published = new HashMap<>();

	private final Map<URI, Integer> fetches = new HashMap<>();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T13:28:27Z"));

	private IdTokenVerifier verifier;

	@BeforeEach
	void setUp() {
		publish(RSA, EC_256, EC_384, EC_521);
		this.verifier = new IdTokenVerifier((uri) -> {
			this.fetches.merge(uri, 1, Integer::sum);
			String document = this.published.get(uri);
			if (document == null) {
				throw new IllegalStateException("404 from " + uri);
			}
			return document;
		}, this.clock, Duration.ofSeconds(60));
	}

	@Test
	void acceptsAValidToken() {
		JWTClaimsSet claims = verify(token(RSA, JWSAlgorithm.RS256, (claim) -> claim.claim("email", "a@example.com")));
		assertThat(claims.getSubject()).isEqualTo("user-1");
		assertThat(claims.getClaim("email")).isEqualTo("a@example.com");
		assertThat(fetchCount()).isEqualTo(1);
	}

	@Test
	void acceptsEveryAsymmetricAlgorithm() {
		for (JWSAlgorithm algorithm : List.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
				JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512)) {
			assertThat(verify(token(RSA, algorithm, (claims) -> {
			})).getSubject()).as(algorithm.getName()).isEqualTo("user-1");
		}
		assertThat(verify(token(EC_256, JWSAlgorithm.ES256, (claims) -> {
		})).getSubject()).isEqualTo("user-1");
		assertThat(verify(token(EC_384, JWSAlgorithm.ES384, (claims) -> {
		})).getSubject()).isEqualTo("user-1");
		assertThat(verify(token(EC_521, JWSAlgorithm.ES512, (claims) -> {
		})).getSubject()).isEqualTo("user-1");
		assertThat(fetchCount()).isEqualTo(1);
	}

	@Test
	void acceptsATokenWithoutKidWhenAKeyMatches() {
		publish(RSA);
		String token = sign(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims().build(), signer(RSA));
		assertThat(verify(token).getSubject()).isEqualTo("user-1");
	}

	@Test
	void rejectsABadSignature() {
		String token = token(RSA_SAME_KID, JWSAlgorithm.RS256, (claims) -> {
		});
		assertRejected(token, "id_token signature is invalid");
		// Tampered payload, genuine signature.
		String[] parts = token(RSA, JWSAlgorithm.RS256, (claims) -> {
		}).split("\\.");
		String forged = parts[0] + "."
				+ base64Url("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + CLIENT_ID
						+ "\",\"sub\":\"admin\",\"exp\":9999999999,\"iat\":1,\"nonce\":\"" + NONCE + "\"}")
				+ "." + parts[2];
		assertRejected(forged, "id_token signature is invalid");
	}

	@Test
	void rejectsTheWrongAudience() {
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claims) -> claims.audience("another-client")),
				"id_token audience does not include the client");
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claims) -> claims.audience((String) null)),
				"id_token audience does not include the client");
	}

	@Test
	void checksAzpWhenThereAreSeveralAudiences() {
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claims) -> claims.audience(List.of(CLIENT_ID, "other"))),
				"id_token has several audiences and its azp is not the client");
		assertRejected(
				token(RSA, JWSAlgorithm.RS256,
						(claims) -> claims.audience(List.of(CLIENT_ID, "other")).claim("azp", "other")),
				"id_token has several audiences and its azp is not the client");
		assertThat(verify(token(RSA, JWSAlgorithm.RS256,
				(claims) -> claims.audience(List.of("other", CLIENT_ID)).claim("azp", CLIENT_ID))))
			.isNotNull();
		// One audience: azp may name another client of the same project (Google's hybrid
		// apps).
		assertThat(verify(token(RSA, JWSAlgorithm.RS256, (claims) -> claims.claim("azp", "android-client"))))
			.isNotNull();
	}

	@Test
	void rejectsTheWrongIssuer() {
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claims) -> claims.issuer("https://evil.example.com")),
				"id_token issuer is not " + ISSUER);
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claims) -> claims.issuer(ISSUER + "/")),
				"id_token issuer is not " + ISSUER);
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claims) -> claims.issuer(null)),
				"id_token issuer is not " + ISSUER);
	}

	@Test
	void rejectsExpiredTokensAllowingTheClockSkew() {
		Instant now = this.clock.instant();
		assertRejected(token(RSA, JWSAlgorithm.RS256,
				(claims) -> claims.issueTime(at(now.minusSeconds(600))).expirationTime(at(now.minusSeconds(61)))),
				"id_token has expired");
		assertRejected(token(RSA, JWSAlgorithm.RS256,
				(claims) -> claims.issueTime(at(now.minusSeconds(600))).expirationTime(at(now.minusSeconds(60)))),
				"id_token has expired");
		assertThat(verify(token(RSA, JWSAlgorithm.RS256,
				(claims) -> claims.issueTime(at(now.minusSeconds(600))).expirationTime(at(now.minusSeconds(59))))))
			.isNotNull();
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claims) -> claims.expirationTime(null)), "id_token has no exp");
	}

	@Test
	void rejectsTokensIssuedInTheFuture() {
		Instant now = this.clock.instant();
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claims) -> claims.issueTime(at(now.plusSeconds(61)))),
				"id_token was issued in the future");
		assertThat(verify(token(RSA, JWSAlgorithm.RS256, (claims) -> claims.issueTime(at(now.plusSeconds(59))))))
			.isNotNull();
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claims) -> claims.issueTime(null)), "id_token has no iat");
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claims) -> claims.notBeforeTime(at(now.plusSeconds(120)))),
				"id_token is not valid yet (nbf)");
	}

	@Test
	void checksTheNonce() {
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claims) -> claims.claim("nonce", "another-nonce")),
				"id_token nonce does not match");
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claims) -> claims.claim("nonce", 42)),
				"id_token nonce does not match");
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claims) -> claims.claim("nonce", null)),
				"id_token has no nonce");
		// No expected nonce: not checked.
		String withoutNonce = token(RSA, JWSAlgorithm.RS256, (claims) -> claims.claim("nonce", null));
		assertThat(this.verifier.verify(withoutNonce, JWKS_URI, ISSUER, CLIENT_ID, null)).isNotNull();
	}

	@Test
	void requiresASubject() {
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claims) -> claims.subject(null)), "id_token has no sub");
	}

	@Test
	void rejectsUnsignedTokens() {
		String payload = base64Url(claims().build().toString());
		assertRejected(base64Url("{\"alg\":\"none\"}") + "." + payload + ".",
				"id_token uses a forbidden algorithm none");
		assertRejected(base64Url("{\"alg\":\"none\",\"kid\":\"rsa-1\",\"typ\":\"JWT\"}") + "." + payload + ".",
				"id_token uses a forbidden algorithm none");
		// Other spellings are not "none" to Nimbus, just unknown algorithms.
		assertRejected(base64Url("{\"alg\":\"NONE\"}") + "." + payload + ".c2ln",
				"id_token uses an unsupported algorithm NONE");
		assertRejected(base64Url("{\"alg\":\"NONE\"}") + "." + payload + ".", "id_token is not a valid JWT");
		assertThat(fetchCount()).isZero();
	}

	@Test
	void rejectsHmacSignedWithThePublicKey() throws Exception {
		// The classic confusion: HS256 keyed with the RSA public key, which anyone can
		// download.
		byte[] publicKey = RSA.toRSAPublicKey().getEncoded();
		for (JWSAlgorithm algorithm : List.of(JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512)) {
			String token = sign(new JWSHeader.Builder(algorithm).keyID(RSA.getKeyID()).build(), claims().build(),
					new MACSigner(publicKey));
			assertRejected(token, "id_token uses a forbidden algorithm " + algorithm.getName());
		}
		// Even if the JWKS (wrongly) publishes a symmetric key, it is never used.
		String secret = "an-hmac-secret-that-is-at-least-32-bytes-long";
		publish(RSA, new OctetSequenceKey.Builder(secret.getBytes(StandardCharsets.UTF_8)).keyID("oct-1").build());
		String token = sign(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("oct-1").build(), claims().build(),
				new MACSigner(secret));
		assertRejected(token, "id_token uses a forbidden algorithm HS256");
		assertThat(fetchCount()).isZero();
	}

	@Test
	void acceptsEdDsaWithTheEd25519KeyOfItsKidAndRejectsAnyOtherSigner() throws Exception {
		OctetKeyPair ed = new OctetKeyPairGenerator(Curve.Ed25519).keyID("ed-1").generate();
		OctetKeyPair impostor = new OctetKeyPairGenerator(Curve.Ed25519).keyID("ed-1").generate();
		publish(RSA, ed);
		for (JWSAlgorithm algorithm : List.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519)) {
			String token = sign(new JWSHeader.Builder(algorithm).keyID("ed-1").build(), claims().build(),
					new Ed25519Signer(ed));
			assertThat(verify(token).getSubject()).as(algorithm.getName()).isEqualTo("user-1");
		}
		String forged = sign(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID("ed-1").build(), claims().build(),
				new Ed25519Signer(impostor));
		assertRejected(forged, "id_token signature is invalid");
		String wrongAudience = sign(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID("ed-1").build(),
				claims().audience("another-client").build(), new Ed25519Signer(ed));
		assertRejected(wrongAudience, "id_token audience does not include the client");
		String unknownKey = sign(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID("ed-2").build(), claims().build(),
				new Ed25519Signer(ed));
		assertRejected(unknownKey, "no key with kid ed-2 in the provider's JWKS");
	}

	@Test
	void rejectsEncryptedTokens() {
		String encrypted = base64Url("{\"alg\":\"dir\",\"enc\":\"A256GCM\"}") + ".." + base64Url("iv") + "."
				+ base64Url("ciphertext") + "." + base64Url("tag");
		assertRejected(encrypted, "id_token is encrypted; only signed id_tokens are supported");
	}

	@Test
	void aTenantPlaceholderIssuerStandsForTheTokensOwnTenant() {
		String template = "https://login.example.com/{tenantid}/v2.0";
		String ownTenant = token(RSA, JWSAlgorithm.RS256,
				(claims) -> claims.issuer("https://login.example.com/t-1/v2.0").claim("tid", "t-1"));
		assertThat(this.verifier.verify(ownTenant, JWKS_URI, template, List.of(CLIENT_ID), NONCE).getSubject())
			.isEqualTo("user-1");
		String otherTenant = token(RSA, JWSAlgorithm.RS256,
				(claims) -> claims.issuer("https://login.example.com/t-2/v2.0").claim("tid", "t-1"));
		assertThatExceptionOfType(IdTokenException.class)
			.isThrownBy(() -> this.verifier.verify(otherTenant, JWKS_URI, template, List.of(CLIENT_ID), NONCE))
			.withMessage("id_token issuer is not " + template);
		String noTenant = token(RSA, JWSAlgorithm.RS256,
				(claims) -> claims.issuer("https://login.example.com/{tenantid}/v2.0"));
		assertThatExceptionOfType(IdTokenException.class)
			.isThrownBy(() -> this.verifier.verify(noTenant, JWKS_URI, template, List.of(CLIENT_ID), NONCE));
	}

	@Test
	void acceptsAnyOfSeveralClientIds() {
		String forApp = token(RSA, JWSAlgorithm.RS256, (claims) -> claims.audience("com.example.app"));
		assertThat(this.verifier.verify(forApp, JWKS_URI, ISSUER, List.of(CLIENT_ID, "com.example.app"), NONCE)
			.getSubject()).isEqualTo("user-1");
		assertThatExceptionOfType(IdTokenException.class).isThrownBy(() -> verify(forApp));
	}

	@Test
	void rejectsGarbage() {
		assertRejected(null, "no id_token");
		assertRejected("", "no id_token");
		assertRejected("not-a-jwt", "id_token is not a valid JWT");
		assertRejected("a.b.c", "id_token is not a valid JWT");
		assertRejected(base64Url("{\"alg\":\"RS256\"}") + "." + base64Url("[1,2]") + ".c2ln",
				"id_token is not a valid JWT");
	}

	@Test
	void checksTheTypHeader() {
		String accessToken = sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(RSA.getKeyID())
			.type(new JOSEObjectType("at+jwt"))
			.build(), claims().build(), signer(RSA));
		assertRejected(accessToken, "id_token has an unexpected typ header at+jwt");
		String lowerCase = sign(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(RSA.getKeyID()).type(new JOSEObjectType("jwt")).build(),
				claims().build(), signer(RSA));
		assertThat(verify(lowerCase)).isNotNull();
	}

	@Test
	void cachesKeysPerJwksUri() {
		verify(token(RSA, JWSAlgorithm.RS256, (claims) -> {
		}));
		verify(token(EC_256, JWSAlgorithm.ES256, (claims) -> {
		}));
		assertThat(fetchCount()).isEqualTo(1);
		URI other = URI.create("https://other.example.com/jwks");
		this.published.put(other, new JWKSet(EC_384.toPublicJWK()).toString());
		this.verifier.verify(token(EC_384, JWSAlgorithm.ES384, (claims) -> {
		}), other, ISSUER, CLIENT_ID, NONCE);
		assertThat(this.fetches.get(other)).isEqualTo(1);
		assertThat(fetchCount()).isEqualTo(1);
	}

	@Test
	void refreshesKeysAheadOfExpiryAndKeepsThemWhileTheProviderIsDown() {
		verify(token(RSA, JWSAlgorithm.RS256, (claims) -> {
		}));
		this.clock.advance(IdTokenVerifier.KEY_SET_TIME_TO_LIVE.minusSeconds(40));
		verify(token(RSA, JWSAlgorithm.RS256, (claims) -> {
		}));
		assertThat(fetchCount()).isEqualTo(1);
		// Close to expiry: answered from the cache at once, refreshed in the background.
		this.clock.advance(Duration.ofSeconds(15));
		verify(token(RSA, JWSAlgorithm.RS256, (claims) -> {
		}));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(fetchCount()).isEqualTo(2));
		// The provider is down when the keys expire: the last keys stay in use.
		this.published.remove(JWKS_URI);
		this.clock.advance(IdTokenVerifier.KEY_SET_TIME_TO_LIVE.plusMinutes(1));
		verify(token(RSA, JWSAlgorithm.RS256, (claims) -> {
		}));
		int afterOutage = fetchCount();
		assertThat(afterOutage).isGreaterThan(2);
		// ... and a failing provider is not asked again on every verification.
		for (int i = 0; i < 10; i++) {
			verify(token(RSA, JWSAlgorithm.RS256, (claims) -> {
			}));
		}
		assertThat(fetchCount()).isLessThanOrEqualTo(afterOutage + 1);
	}

	@Test
	void refetchesOnceWhenTheProviderRotatesItsKeys() {
		verify(token(RSA, JWSAlgorithm.RS256, (claims) -> {
		}));
		assertThat(fetchCount()).isEqualTo(1);
		// A minute later the provider has rotated: the new set no longer holds rsa-1.
		this.clock.advance(Duration.ofMinutes(1));
		publish(RSA_ROTATED);
		JWTClaimsSet claims = verify(token(RSA_ROTATED, JWSAlgorithm.RS256, (claim) -> {
		}));
		assertThat(claims.getSubject()).isEqualTo("user-1");
		assertThat(fetchCount()).isEqualTo(2);
		verify(token(RSA_ROTATED, JWSAlgorithm.RS256, (claim) -> {
		}));
		assertThat(fetchCount()).isEqualTo(2);
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claim) -> {
		}), "no key with kid rsa-1 in the provider's JWKS");
	}

	/**
	 * Nimbus's rate limit: a window of {@link IdTokenVerifier#MIN_REFETCH_INTERVAL} opens
	 * with a fetch and allows one more.
	 */
	@Test
	void throttlesRefetchesForUnknownKids() {
		verify(token(RSA, JWSAlgorithm.RS256, (claims) -> {
		}));
		this.clock.advance(Duration.ofMinutes(1));
		assertRejected(token(RSA_ROTATED, JWSAlgorithm.RS256, (claims) -> {
		}), "no key with kid rsa-2 in the provider's JWKS");
		assertThat(fetchCount()).isEqualTo(2);
		// An attacker spraying random kids within the interval causes one fetch at most.
		for (int i = 0; i < 50; i++) {
			this.clock.advance(Duration.ofMillis(500));
			assertRejected(token(rsaWithKid(RSA_ROTATED, "random-" + i), JWSAlgorithm.RS256, (claims) -> {
			}), "no key with kid random-" + i + " in the provider's JWKS");
		}
		assertThat(fetchCount()).isEqualTo(3);
		// Once the interval has passed, one more fetch is allowed.
		this.clock.advance(IdTokenVerifier.MIN_REFETCH_INTERVAL);
		assertRejected(token(RSA_ROTATED, JWSAlgorithm.RS256, (claims) -> {
		}), "no key with kid rsa-2 in the provider's JWKS");
		assertThat(fetchCount()).isEqualTo(4);
		// Known keys keep working throughout.
		verify(token(RSA, JWSAlgorithm.RS256, (claims) -> {
		}));
		assertThat(fetchCount()).isEqualTo(4);
	}

	@Test
	void refetchesAtMostOnceRightAfterTheFirstFetch() {
		assertRejected(token(RSA_ROTATED, JWSAlgorithm.RS256, (claims) -> {
		}), "no key with kid rsa-2 in the provider's JWKS");
		assertRejected(token(rsaWithKid(RSA_ROTATED, "rsa-3"), JWSAlgorithm.RS256, (claims) -> {
		}), "no key with kid rsa-3 in the provider's JWKS");
		assertThat(fetchCount()).isEqualTo(2);
	}

	@Test
	void reportsJwksFailuresAndRetriesThemWithBackOff() {
		this.published.remove(JWKS_URI);
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claims) -> {
		}), "could not fetch the provider's JWKS");
		this.published.put(JWKS_URI, "{\"keys\": 42}");
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claims) -> {
		}), "the provider's JWKS is not a valid JWK set");
		// Two failures within the interval: the provider is not asked again until it has
		// passed.
		publish(RSA);
		assertRejected(token(RSA, JWSAlgorithm.RS256, (claims) -> {
		}), "the provider's JWKS could not be fetched; it is tried again at most every 30 seconds");
		assertThat(fetchCount()).isEqualTo(2);
		this.clock.advance(IdTokenVerifier.MIN_REFETCH_INTERVAL);
		assertThat(verify(token(RSA, JWSAlgorithm.RS256, (claims) -> {
		}))).isNotNull();
		assertThat(fetchCount()).isEqualTo(3);
	}

	@Test
	void keepsUnsafeKidsOutOfMessages() {
		String token = token(rsaWithKid(RSA_ROTATED, "<script>alert(1)</script>"), JWSAlgorithm.RS256, (claims) -> {
		});
		assertRejected(token, "no key with kid (not shown) in the provider's JWKS");
	}

	// Helpers

	private JWTClaimsSet verify(String token) {
		return this.verifier.verify(token, JWKS_URI, ISSUER, CLIENT_ID, NONCE);
	}

	private void assertRejected(String token, String message) {
		IdTokenException ex = catchThrowableOfType(IdTokenException.class, () -> verify(token));
		assertThat(ex).as("expected an IdTokenException: " + message).isNotNull();
		assertThat(ex).hasMessage(message);
		if (token != null && !token.isEmpty()) {
			for (String part : token.split("\\.")) {
				if (part.length() > 8) {
					assertThat(ex.getMessage()).doesNotContain(part);
				}
			}
		}
	}

	private int fetchCount() {
		return this.fetches.getOrDefault(JWKS_URI, 0);
	}

	private void publish(JWK... keys) {
		List<JWK> publicKeys = new ArrayList<>();
		for (JWK key : keys) {
			// Symmetric keys have no public form; they are published as they are.
			publicKeys.add((key instanceof OctetSequenceKey) ? key : key.toPublicJWK());
		}
		this.published.put(JWKS_URI, new JWKSet(publicKeys).toString(false));
	}

	private JWTClaimsSet.Builder claims() {
		Instant now = this.clock.instant();
		return new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(CLIENT_ID)
			.subject("user-1")
			.issueTime(at(now))
			.expirationTime(at(now.plusSeconds(600)))
			.claim("nonce", NONCE);
	}

	private String token(JWK key, JWSAlgorithm algorithm, Consumer<JWTClaimsSet.Builder> customizer) {
		JWTClaimsSet.Builder claims = claims();
		customizer.accept(claims);
		return sign(new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims.build(), signer(key));
	}

	private static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) {
		try {
			SignedJWT jwt = new SignedJWT(header, claims);
			jwt.sign(signer);
			return jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JWSSigner signer(JWK key) {
		try {
			return (key instanceof RSAKey rsa) ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey rsaWithKid(RSAKey key, String kid) {
		return new RSAKey.Builder(key).keyID(kid).build();
	}

	private static RSAKey rsa(String kid) {
		try {
			return new RSAKeyGenerator(2048).keyID(kid).generate();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ECKey ec(Curve curve, String kid) {
		try {
			return new ECKeyGenerator(curve).keyID(kid).generate();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Date at(Instant instant) {
		return Date.from(instant);
	}

	private static String base64Url(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
