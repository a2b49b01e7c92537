package dev.betterauth.core.provider;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSetBasedJWKSource;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSetUnavailableException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies OpenID Connect id_tokens (OpenID Connect Core 1.0, section 3.1.3.7): the
 * signature against the provider's JWKS, then {@code iss}, {@code aud}/{@code azp},
 * {@code exp}, {@code iat}, {@code nbf}, {@code sub} and optionally {@code nonce}.
 * <p>
 * Only asymmetric signatures are accepted: RS256/384/512, PS256/384/512 and ES256/384/512
 * and EdDSA with Ed25519 keys. {@code alg: none} and the HMAC algorithms are refused
 * before any key is looked at, so a token "signed" with the provider's public key as an
 * HMAC secret cannot pass. Signature checking is Nimbus's: the verifiers of its
 * {@link DefaultJWSVerifierFactory} for RSA and EC, made once per key, and its
 * {@link Ed25519Verifier} for EdDSA (an OKP key is chosen here, by {@code kid} and
 * curve); this class only chooses the keys and checks the claims, with a specific message
 * for each failure.
 * <p>
 * <b>Issuer.</b> Compared exactly, except that a {@code {tenantid}} in the expected
 * issuer (Microsoft's multi-tenant discovery documents) stands for the token's own
 * {@code tid} claim.
 * <p>
 * <b>Keys.</b> Key sets come from Nimbus's {@link JWKSourceBuilder}, one chain per JWKS
 * URI: cached for {@link #KEY_SET_TIME_TO_LIVE} and refreshed ahead of expiry; refetched
 * when a token names a key the cached set lacks (the provider rotated its keys), at most
 * once per {@link #MIN_REFETCH_INTERVAL} (rate limited, so tokens with random
 * {@code kid}s cannot make this class hammer the provider); and, when the provider is
 * down, the last keys stay in use for {@link #OUTAGE_TOLERANCE}. The JWKS URI must come
 * from configuration or discovery, never from the token. The chain runs on this class's
 * clock, so its timing is testable.
 * <p>
 * Instances are thread-safe; share one per application, and close it when done.
 */
public final class IdTokenVerifier implements AutoCloseable {

	/**
	 * The allowed difference between the provider's clock and ours for {@code exp},
	 * {@code iat} and {@code nbf}.
	 */
	public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

	/** How long a fetched key set is used before it is fetched again. */
	public static final Duration KEY_SET_TIME_TO_LIVE = Duration.ofMinutes(5);

	/** The minimum time between two refetches of one JWKS URI. */
	public static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(30);

	/** How long the last keys stay in use while the provider's JWKS cannot be fetched. */
	public static final Duration OUTAGE_TOLERANCE = Duration.ofHours(1);

	private static final Set<JWSAlgorithm> ALLOWED_ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
			JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
			JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);

	private static final Set<JWSAlgorithm> EDWARDS_ALGORITHMS = Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);

	private static final String TENANT_PLACEHOLDER = "{tenantid}";

	/** Header values quoted in messages must look harmless; anything else is left out. */
	private static final Pattern PRINTABLE = Pattern.compile("[A-Za-z0-9._~+/=-]{1,64}");

	private static final Logger logger = LoggerFactory.getLogger(IdTokenVerifier.class);

	private final Function<URI, String> jwksFetcher;

	private final Clock clock;

	private final Duration clockSkew;

	private final ConcurrentMap<URI, JWKSetSource<SecurityContext>> keySets = new ConcurrentHashMap<>();

	private static final DefaultJWSVerifierFactory VERIFIER_FACTORY = new DefaultJWSVerifierFactory();

	private static final int MAX_CACHED_VERIFIERS = 256;

	private final ConcurrentMap<JWK, JWSVerifier> verifiers = new ConcurrentHashMap<>();

	/**
	 * A verifier on the system clock with {@link #DEFAULT_CLOCK_SKEW}.
	 * @param jwksFetcher returns the JSON text of the JWKS document at a URI (the
	 * application's provider HTTP client, which refuses redirects); may throw on failure
	 */
	public IdTokenVerifier(Function<URI, String> jwksFetcher) {
		this(jwksFetcher, Clock.systemUTC(), DEFAULT_CLOCK_SKEW);
	}

	/**
	 * @param jwksFetcher returns the JSON text of the JWKS document at a URI (the
	 * application's provider HTTP client, which refuses redirects); may throw on failure
	 * @param clock the clock for token times and the key cache
	 * @param clockSkew the allowed clock difference, not negative
	 */
	public IdTokenVerifier(Function<URI, String> jwksFetcher, Clock clock, Duration clockSkew) {
		this.jwksFetcher = Objects.requireNonNull(jwksFetcher, "jwksFetcher");
		this.clock = Objects.requireNonNull(clock, "clock");
		if (clockSkew.isNegative()) {
			throw new IllegalArgumentException("The clock skew must not be negative");
		}
		this.clockSkew = clockSkew;
	}

	/**
	 * Verifies an id_token.
	 * @param idToken the compact JWS from the token response
	 * @param jwksUri the provider's {@code jwks_uri}
	 * @param expectedIssuer the provider's issuer, compared exactly with {@code iss}
	 * @param clientId this application's client id, which {@code aud} must contain
	 * @param expectedNonce the nonce sent in the authorization request, or {@code null}
	 * not to check {@code nonce}
	 * @return the verified claims
	 * @throws IdTokenException naming the check that failed
	 */
	public JWTClaimsSet verify(String idToken, URI jwksUri, String expectedIssuer, String clientId,
			@Nullable String expectedNonce) {
		return verify(idToken, jwksUri, expectedIssuer, List.of(clientId), expectedNonce);
	}

	/**
	 * Verifies an id_token that may be issued to any of several clients (a web client and
	 * a native app's bundle id).
	 * @param idToken the compact JWS from the token response
	 * @param jwksUri the provider's {@code jwks_uri}
	 * @param expectedIssuer the provider's issuer, compared exactly with {@code iss} (but
	 * for {@code {tenantid}})
	 * @param clientIds the accepted audiences, the application's client id first
	 * @param expectedNonce the nonce sent in the authorization request, or {@code null}
	 * not to check {@code nonce}
	 * @return the verified claims
	 * @throws IdTokenException naming the check that failed
	 */
	public JWTClaimsSet verify(String idToken, URI jwksUri, String expectedIssuer, List<String> clientIds,
			@Nullable String expectedNonce) {
		return verify(idToken, jwksUri, expectedIssuer, clientIds, expectedNonce, false);
	}

	/**
	 * Verifies an id_token whose nonce may be the SHA-256 of the expected one, in
	 * lower-case hex: native Sign in with Apple gives Apple the hash and the server the
	 * nonce.
	 * @param idToken the compact JWS
	 * @param jwksUri the provider's {@code jwks_uri}
	 * @param expectedIssuer the provider's issuer
	 * @param clientIds the accepted audiences, the application's client id first
	 * @param expectedNonce the nonce, or {@code null} not to check {@code nonce}
	 * @param nonceMayBeHashed whether the token may carry the nonce's SHA-256 instead
	 * @return the verified claims
	 * @throws IdTokenException naming the check that failed
	 */
	public JWTClaimsSet verify(String idToken, URI jwksUri, String expectedIssuer, List<String> clientIds,
			@Nullable String expectedNonce, boolean nonceMayBeHashed) {
		Objects.requireNonNull(jwksUri, "jwksUri");
		Objects.requireNonNull(expectedIssuer, "expectedIssuer");
		if (clientIds.isEmpty()) {
			throw new IllegalArgumentException("At least one client id is needed");
		}
		SignedJWT jwt = parse(idToken);
		JWSHeader header = jwt.getHeader();
		checkType(header.getType());
		List<JWK> keys = select(new JWKSelector(JWKMatcher.forJWSHeader(header)), jwksUri);
		if (keys.isEmpty()) {
			String kid = header.getKeyID();
			throw new IdTokenException((kid != null) ? "no key with kid " + printable(kid) + " in the provider's JWKS"
					: "no key for " + header.getAlgorithm() + " in the provider's JWKS");
		}
		JWTClaimsSet claims = EDWARDS_ALGORITHMS.contains(header.getAlgorithm()) ? verifyEdwardsSignature(jwt, keys)
				: verifySignature(jwt, keys);
		checkClaims(claims, expectedIssuer, clientIds, expectedNonce, nonceMayBeHashed);
		return claims;
	}

	private static SignedJWT parse(String idToken) {
		if (idToken == null || idToken.isEmpty()) {
			throw new IdTokenException("no id_token");
		}
		JWT jwt;
		try {
			jwt = JWTParser.parse(idToken);
		}
		catch (ParseException ex) {
			throw new IdTokenException("id_token is not a valid JWT");
		}
		if (jwt instanceof PlainJWT) {
			throw new IdTokenException("id_token uses a forbidden algorithm none");
		}
		if (jwt instanceof EncryptedJWT) {
			throw new IdTokenException("id_token is encrypted; only signed id_tokens are supported");
		}
		SignedJWT signed = (SignedJWT) jwt;
		JWSAlgorithm algorithm = signed.getHeader().getAlgorithm();
		if (JWSAlgorithm.Family.HMAC_SHA.contains(algorithm)) {
			throw new IdTokenException("id_token uses a forbidden algorithm " + algorithm);
		}
		if (!ALLOWED_ALGORITHMS.contains(algorithm)) {
			throw new IdTokenException("id_token uses an unsupported algorithm " + printable(algorithm.getName()));
		}
		try {
			signed.getJWTClaimsSet();
		}
		catch (ParseException ex) {
			throw new IdTokenException("id_token is not a valid JWT");
		}
		return signed;
	}

	private static void checkType(JOSEObjectType type) {
		// RFC 7515 4.1.9: "JWT" and "application/jwt" are the same type, compared
		// case-insensitively.
		if (type != null && !type.getType().equalsIgnoreCase("JWT")
				&& !type.getType().equalsIgnoreCase("application/jwt")) {
			throw new IdTokenException("id_token has an unexpected typ header " + printable(type.getType()));
		}
	}

	/**
	 * The signature, checked with each candidate key's verifier (Nimbus's, made once per
	 * key and kept: a verifier holds only the public key): the first that verifies wins.
	 */
	private JWTClaimsSet verifySignature(SignedJWT jwt, List<JWK> keys) {
		boolean anyVerifier = false;
		for (JWK key : keys) {
			JWSVerifier verifier = verifier(key, jwt.getHeader());
			if (verifier == null) {
				continue;
			}
			anyVerifier = true;
			try {
				if (jwt.verify(verifier)) {
					return jwt.getJWTClaimsSet();
				}
			}
			catch (JOSEException ex) {
				throw new IdTokenException("id_token signature could not be verified", ex);
			}
			catch (ParseException ex) {
				throw new IdTokenException("id_token is not a valid JWT");
			}
		}
		throw new IdTokenException(
				anyVerifier ? "id_token signature is invalid" : "id_token signature could not be verified");
	}

	private @Nullable JWSVerifier verifier(JWK key, JWSHeader header) {
		JWSVerifier known = this.verifiers.get(key);
		if (known != null && known.supportedJWSAlgorithms().contains(header.getAlgorithm())) {
			return known;
		}
		try {
			Key publicKey = (key instanceof RSAKey rsa) ? rsa.toRSAPublicKey()
					: (key instanceof ECKey ec) ? ec.toECPublicKey() : null;
			if (publicKey == null) {
				return null;
			}
			JWSVerifier verifier = VERIFIER_FACTORY.createJWSVerifier(header, publicKey);
			if (this.verifiers.size() >= MAX_CACHED_VERIFIERS) {
				// Keys come from the providers' key sets, a handful each; rotated-out
				// keys
				// leave with a clear.
				this.verifiers.clear();
			}
			this.verifiers.put(key, verifier);
			return verifier;
		}
		catch (JOSEException ex) {
			return null;
		}
	}

	/**
	 * An EdDSA signature, with the Ed25519 keys the header selected: Nimbus's processor
	 * does not select OKP keys, so each candidate is tried with its Ed25519 verifier.
	 */
	private static JWTClaimsSet verifyEdwardsSignature(SignedJWT jwt, List<JWK> keys) {
		boolean anyKey = false;
		for (JWK key : keys) {
			if (key instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
				anyKey = true;
				try {
					if (jwt.verify(new Ed25519Verifier(okp.toPublicJWK()))) {
						return jwt.getJWTClaimsSet();
					}
				}
				catch (JOSEException | ParseException ex) {
					throw new IdTokenException("id_token signature could not be verified", ex);
				}
			}
		}
		throw new IdTokenException(anyKey ? "id_token signature is invalid"
				: "no Ed25519 key for " + jwt.getHeader().getAlgorithm() + " in the provider's JWKS");
	}

	private void checkClaims(JWTClaimsSet claims, String expectedIssuer, List<String> clientIds, String expectedNonce,
			boolean nonceMayBeHashed) {
		if (!issuerMatches(expectedIssuer, claims)) {
			throw new IdTokenException("id_token issuer is not " + expectedIssuer);
		}
		List<String> audience = claims.getAudience();
		String clientId = null;
		for (String candidate : clientIds) {
			if (audience.contains(candidate)) {
				clientId = candidate;
				break;
			}
		}
		if (clientId == null) {
			throw new IdTokenException("id_token audience does not include the client");
		}
		// Only with several audiences: Google's hybrid apps put another client of the
		// same project in azp.
		if (audience.size() > 1 && !(claims.getClaim("azp") instanceof String azp && clientIds.contains(azp))) {
			throw new IdTokenException("id_token has several audiences and its azp is not the client");
		}
		String subject = claims.getSubject();
		if (subject == null || subject.isEmpty()) {
			throw new IdTokenException("id_token has no sub");
		}
		Instant now = this.clock.instant();
		Date expiresAt = claims.getExpirationTime();
		if (expiresAt == null) {
			throw new IdTokenException("id_token has no exp");
		}
		if (!now.isBefore(expiresAt.toInstant().plus(this.clockSkew))) {
			throw new IdTokenException("id_token has expired");
		}
		Date issuedAt = claims.getIssueTime();
		if (issuedAt == null) {
			throw new IdTokenException("id_token has no iat");
		}
		if (issuedAt.toInstant().isAfter(now.plus(this.clockSkew))) {
			throw new IdTokenException("id_token was issued in the future");
		}
		Date notBefore = claims.getNotBeforeTime();
		if (notBefore != null && notBefore.toInstant().isAfter(now.plus(this.clockSkew))) {
			throw new IdTokenException("id_token is not valid yet (nbf)");
		}
		if (expectedNonce != null) {
			Object nonce = claims.getClaim("nonce");
			if (nonce == null) {
				throw new IdTokenException("id_token has no nonce");
			}
			if (!(nonce instanceof String text) || !(sameText(text, expectedNonce)
					|| (nonceMayBeHashed && sameText(text, sha256Hex(expectedNonce))))) {
				throw new IdTokenException("id_token nonce does not match");
			}
		}
	}

	private static boolean sameText(String actual, String expected) {
		return MessageDigest.isEqual(actual.getBytes(StandardCharsets.UTF_8),
				expected.getBytes(StandardCharsets.UTF_8));
	}

	private static String sha256Hex(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean issuerMatches(String expected, JWTClaimsSet claims) {
		String issuer = claims.getIssuer();
		int placeholder = expected.indexOf(TENANT_PLACEHOLDER);
		if (placeholder < 0 || issuer == null) {
			return expected.equals(issuer);
		}
		// Microsoft's "common" and "organizations" documents: the issuer is the tenant's
		// own, named by the tid claim, which must itself look like a tenant id.
		Object tenant = claims.getClaim("tid");
		return tenant instanceof String tid && PRINTABLE.matcher(tid).matches() && !tid.contains("/")
				&& expected.replace(TENANT_PLACEHOLDER, tid).equals(issuer);
	}

	private static String printable(String value) {
		return PRINTABLE.matcher(value).matches() ? value : "(not shown)";
	}

	/**
	 * The keys the selector matches, refetching once when none does (rotation), as
	 * Nimbus's own {@code JWKSetBasedJWKSource} does, but on this class's clock.
	 */
	private List<JWK> select(JWKSelector selector, URI jwksUri) {
		JWKSetSource<SecurityContext> source = this.keySets.computeIfAbsent(jwksUri, this::newSource);
		long now = this.clock.millis();
		JWKSet keys;
		try {
			keys = source.getJWKSet(JWKSetCacheRefreshEvaluator.noRefresh(), now, null);
		}
		catch (RateLimitReachedException ex) {
			throw new IdTokenException("the provider's JWKS could not be fetched; it is tried again at most every "
					+ MIN_REFETCH_INTERVAL.toSeconds() + " seconds");
		}
		catch (KeySourceException ex) {
			throw keySourceFailure(ex);
		}
		List<JWK> found = selector.select(keys);
		if (!found.isEmpty()) {
			return found;
		}
		try {
			return selector.select(source.getJWKSet(JWKSetCacheRefreshEvaluator.referenceComparison(keys), now, null));
		}
		catch (RateLimitReachedException ex) {
			// An unknown kid again within the interval: the cached keys do not have it.
			return List.of();
		}
		catch (KeySourceException ex) {
			throw keySourceFailure(ex);
		}
	}

	private static IdTokenException keySourceFailure(KeySourceException ex) {
		return (ex.getCause() instanceof IdTokenException cause) ? cause
				: new IdTokenException("could not fetch the provider's JWKS", ex);
	}

	/**
	 * Stops the background refreshes of every key set (a bean's destroy method).
	 */
	@Override
	public void close() {
		this.keySets.values().forEach((source) -> {
			try {
				source.close();
			}
			catch (IOException ex) {
				logger.debug("Could not close a JWKS source", ex);
			}
		});
		this.keySets.clear();
	}

	private JWKSetSource<SecurityContext> newSource(URI jwksUri) {
		JWKSource<SecurityContext> built = JWKSourceBuilder.create(new FetchedKeySet(jwksUri))
			.cache(KEY_SET_TIME_TO_LIVE.toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
			.refreshAheadCache(true)
			.rateLimited(MIN_REFETCH_INTERVAL.toMillis())
			.outageTolerant(OUTAGE_TOLERANCE.toMillis())
			.retrying(false)
			.build();
		return ((JWKSetBasedJWKSource<SecurityContext>) built).getJWKSetSource();
	}

	/**
	 * The bottom of the chain: one fetch of the JWKS through the application's provider
	 * client (which refuses redirects and caps the size), public keys only. Every failure
	 * is "unavailable", so the outage-tolerant layer keeps the last good keys in use.
	 */
	private final class FetchedKeySet implements JWKSetSource<SecurityContext> {

		private final URI uri;

		FetchedKeySet(URI uri) {
			this.uri = uri;
		}

		@Override
		public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator refreshEvaluator, long currentTime, SecurityContext context)
				throws KeySourceException {
			String json;
			try {
				json = IdTokenVerifier.this.jwksFetcher.apply(this.uri);
			}
			catch (RuntimeException ex) {
				logger.debug("Could not fetch the JWKS at {}", this.uri, ex);
				throw new JWKSetUnavailableException("could not fetch the provider's JWKS",
						new IdTokenException("could not fetch the provider's JWKS", ex));
			}
			if (json == null) {
				throw new JWKSetUnavailableException("could not fetch the provider's JWKS",
						new IdTokenException("could not fetch the provider's JWKS"));
			}
			try {
				// Public keys only: private or symmetric ("oct") entries are never used.
				return JWKSet.parse(json).toPublicJWKSet();
			}
			catch (ParseException ex) {
				throw new JWKSetUnavailableException("the provider's JWKS is not a valid JWK set",
						new IdTokenException("the provider's JWKS is not a valid JWK set", ex));
			}
		}

		@Override
		public void close() {
		}

	}

}
