package dev.betterauth.core.provider.preset;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.betterauth.core.AuthJson;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderQuirks;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.TokenRequest;
import dev.betterauth.core.provider.UserInfoRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Sign in with Apple, OpenID Connect with its id_token verified against Apple's keys (and
 * the app's bundle id accepted as an audience, for native sign-in).
 * <p>
 * Apple has no client secret: the token endpoint takes an ES256 JWT signed with the
 * team's key ({@code team-id}, {@code key-id}, {@code private-key}: the PEM of the
 * {@code .p8} file), valid for at most six months. It is generated here, kept, and
 * renewed a day before it expires; an explicitly configured {@code client-secret} is used
 * instead.
 * <p>
 * The callback is a form POST ({@code response_mode=form_post}, required when name or
 * email is asked for). Apple has no userinfo endpoint: the user is the id_token's claims,
 * with {@code email_verified} as the string {@code "true"}; the name comes only in the
 * callback's {@code user} parameter, and only on the user's first consent.
 */
final class ApplePreset implements ProviderPreset {

	static final String ISSUER = "https://appleid.apple.com";

	private final Clock clock;

	ApplePreset() {
		this(Clock.systemUTC());
	}

	/**
	 * @param clock the clock that dates the generated client secrets
	 */
	ApplePreset(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String type() {
		return "apple";
	}

	@Override
	public Set<String> options() {
		return Set.of("team-id", "key-id", "private-key", "app-bundle-identifier");
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://appleid.apple.com/auth/authorize")
			.tokenUri("https://appleid.apple.com/auth/token")
			.issuer(ISSUER)
			.jwksUri("https://appleid.apple.com/auth/keys")
			.scopes("email", "name")
			.authorizationParameter("response_mode", "form_post")
			.mapping(ApplePreset::map);
		String bundleId = options.get("app-bundle-identifier");
		if (bundleId != null) {
			// A native app's id_tokens name its bundle id, not the services id.
			provider.audience(bundleId);
		}
		provider.quirks(new AppleQuirks());
		if (provider.clientSecret() == null) {
			String why = "Apple's client secret is a JWT signed with the team's key (or set client-secret)";
			String teamId = options.require("team-id", why);
			String keyId = options.require("key-id", why);
			ECPrivateKey key = privateKey(options.require("private-key", why));
			provider.quirks(new ClientSecretJwt(teamId, keyId, key, this.clock));
		}
	}

	/**
	 * Native Sign in with Apple: the app hands Apple the SHA-256 of its nonce, so the
	 * id_token carries the hash while the app sends the nonce.
	 */
	static class AppleQuirks implements ProviderQuirks {

		@Override
		public boolean nativeNonceMayBeHashed() {
			return true;
		}

	}

	static @Nullable OAuthUserInfo map(UserInfoRequest request) {
		// Only the verified id_token counts: Apple has no userinfo endpoint.
		Map<String, Object> claims = request.idTokenClaims();
		if (claims == null) {
			return null;
		}
		return new OAuthUserInfo(Profiles.text(claims, "sub"), Profiles.text(claims, "email"),
				Profiles.isTrue(claims, "email_verified"), name(request.callbackParameters().get("user")), null,
				claims);
	}

	/** The full name from the callback's {@code user} JSON, sent on first consent. */
	private static @Nullable String name(@Nullable String user) {
		if (user == null || user.isBlank()) {
			return null;
		}
		Object parsed;
		try {
			parsed = AuthJson.mapper().readValue(user, Object.class);
		}
		catch (JacksonException ex) {
			// The name is a nicety; an unreadable one must not fail the sign-in.
			return null;
		}
		String first = Profiles.text(parsed, "name", "firstName");
		String last = Profiles.text(parsed, "name", "lastName");
		String name = (((first != null) ? first : "") + " " + ((last != null) ? last : "")).trim();
		return name.isEmpty() ? null : name;
	}

	/** The PEM of a PKCS#8 EC key (Apple's {@code .p8}), or its base64 body alone. */
	static ECPrivateKey privateKey(String pem) {
		// Environment variables often carry the PEM's line breaks as literal \n.
		String body = pem.replace("\\n", "\n").replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
		try {
			byte[] der = Base64.getDecoder().decode(body);
			if (KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der)) instanceof ECPrivateKey key
					&& Curve.P_256.equals(Curve.forECParameterSpec(key.getParams()))) {
				return key;
			}
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			// Reported below, without the key.
		}
		throw new PresetOptionException("private-key", null,
				"Expected the PEM of Apple's .p8 key (-----BEGIN PRIVATE KEY----- ..., a P-256 EC key).");
	}

	/**
	 * Puts Apple's client-secret JWT in every token request (code exchange and refresh),
	 * generating it once and renewing it before it expires.
	 */
	static final class ClientSecretJwt extends AppleQuirks {

		/** Apple accepts at most six months. */
		static final Duration LIFETIME = Duration.ofDays(180);

		/**
		 * Renewed this long before it expires, so that no request carries a dying one.
		 */
		static final Duration RENEW_BEFORE = Duration.ofDays(1);

		private final String teamId;

		private final String keyId;

		private final ECDSASigner signer;

		private final Clock clock;

		private @Nullable Secret current;

		ClientSecretJwt(String teamId, String keyId, ECPrivateKey key, Clock clock) {
			this.teamId = teamId;
			this.keyId = keyId;
			this.clock = clock;
			try {
				this.signer = new ECDSASigner(key);
			}
			catch (JOSEException ex) {
				throw new PresetOptionException("private-key", null, "Expected a P-256 EC key for ES256.");
			}
		}

		@Override
		public void tokenRequest(TokenRequest request) {
			if (request.registration().clientSecret() != null) {
				return;
			}
			request.parameters().set("client_secret", secret(request.registration().clientId()));
		}

		/**
		 * The client secret for a client id: the kept one while it has more than
		 * {@link #RENEW_BEFORE} left, else a new one.
		 * @param clientId the services id, the JWT's subject
		 * @return the signed JWT
		 */
		synchronized String secret(String clientId) {
			Instant now = this.clock.instant();
			Secret secret = this.current;
			if (secret == null || !secret.clientId().equals(clientId)
					|| !now.isBefore(secret.expiresAt().minus(RENEW_BEFORE))) {
				secret = generate(clientId, now);
				this.current = secret;
			}
			return secret.jwt();
		}

		private Secret generate(String clientId, Instant now) {
			Instant issuedAt = Instant.ofEpochSecond(now.getEpochSecond());
			Instant expiresAt = issuedAt.plus(LIFETIME);
			JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(this.teamId)
				.issueTime(Date.from(issuedAt))
				.expirationTime(Date.from(expiresAt))
				.audience(ISSUER)
				.subject(clientId)
				.build();
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(this.keyId).build(), claims);
			try {
				jwt.sign(this.signer);
			}
			catch (JOSEException ex) {
				throw new IllegalStateException("Signing Apple's client secret failed", ex);
			}
			return new Secret(clientId, jwt.serialize(), expiresAt);
		}

		private record Secret(String clientId, String jwt, Instant expiresAt) {
		}

	}

}
