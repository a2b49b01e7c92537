package dev.betterauth.core.provider.preset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.betterauth.core.MutableClock;
import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ApplePresetTests {

	private static final String USER = "{\"name\":{\"firstName\":\"Jane\",\"lastName\":\"Doe\"},"
			+ "\"email\":\"x7k2@privaterelay.appleid.com\"}";

	private final PresetHarness harness = new PresetHarness();

	private final ECKey key = generateKey();

	private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlAsksForNameAndEmailByFormPostWithPkceAndNonce() {
		String url = this.harness.authorizationUrl(this.harness.provider(new ApplePreset()));
		assertThat(url).startsWith("https://appleid.apple.com/auth/authorize?");
		Map<String, String> query = PresetHarness.query(url);
		assertThat(query).containsEntry("client_id", "client-id")
			.containsEntry("response_type", "code")
			.containsEntry("scope", "email name")
			.containsEntry("response_mode", "form_post")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/apple")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.containsKey("nonce");
	}

	@Test
	void tokenRequestCarriesAGeneratedEs256ClientSecret() throws Exception {
		OAuthProvider apple = generatedSecretProvider();
		this.harness.json("/auth/token", "{\"access_token\":\"a1\",\"token_type\":\"bearer\",\"expires_in\":3600}");
		this.harness.exchange(apple);
		RecordedRequest request = this.harness.request("/auth/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://appleid.apple.com/auth/token");
		Map<String, String> form = PresetHarness.form(request);
		assertThat(form).containsEntry("client_id", "com.example.web")
			.containsEntry("grant_type", "authorization_code")
			.containsEntry("code", "the-code")
			.containsEntry("code_verifier", "the-verifier")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/apple");
		assertThat(request.getHeaders().get("Authorization")).isNull();
		SignedJWT secret = SignedJWT.parse(form.get("client_secret"));
		assertThat(secret.verify(new ECDSAVerifier(this.key.toECPublicKey()))).isTrue();
		assertThat(secret.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
		assertThat(secret.getHeader().getKeyID()).isEqualTo("KEY123ABCD");
		JWTClaimsSet claims = secret.getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo("TEAM123456");
		assertThat(claims.getSubject()).isEqualTo("com.example.web");
		assertThat(claims.getAudience()).containsExactly("https://appleid.apple.com");
		assertThat(claims.getIssueTime().toInstant()).isEqualTo(this.clock.instant());
		assertThat(claims.getExpirationTime().toInstant()).isEqualTo(this.clock.instant().plus(Duration.ofDays(180)));
	}

	@Test
	void generatedClientSecretIsReusedThenRenewedBeforeItExpires() throws Exception {
		OAuthProvider apple = generatedSecretProvider();
		this.harness.json("/auth/token", "{\"access_token\":\"a1\",\"refresh_token\":\"r1\"}");
		this.harness.exchange(apple);
		this.clock.advance(Duration.ofDays(30));
		this.harness.refresh(apple);
		List<RecordedRequest> requests = this.harness.requests("/auth/token");
		String first = PresetHarness.form(requests.get(0)).get("client_secret");
		Map<String, String> refresh = PresetHarness.form(requests.get(1));
		assertThat(refresh).containsEntry("grant_type", "refresh_token").containsEntry("client_secret", first);
		this.clock.advance(Duration.ofDays(149).plusHours(1));
		this.harness.refresh(apple);
		String renewed = PresetHarness.form(this.harness.requests("/auth/token").get(2)).get("client_secret");
		assertThat(renewed).isNotEqualTo(first);
		assertThat(SignedJWT.parse(renewed).getJWTClaimsSet().getIssueTime().toInstant())
			.isEqualTo(this.clock.instant());
	}

	@Test
	void explicitClientSecretIsUsedAsGiven() {
		OAuthProvider apple = this.harness.provider("apple", new ApplePreset(this.clock),
				Map.of("team-id", "TEAM123456", "key-id", "KEY123ABCD", "private-key", pem()));
		this.harness.json("/auth/token", "{\"access_token\":\"a1\"}");
		this.harness.exchange(apple);
		assertThat(PresetHarness.form(this.harness.request("/auth/token"))).containsEntry("client_secret",
				"client-secret");
	}

	@Test
	void withoutClientSecretOrSigningKeyConfigurationFails() {
		ProviderRegistration.Builder builder = ProviderRegistration.builder("apple").clientId("com.example.web");
		assertThatExceptionOfType(PresetOptionException.class)
			.isThrownBy(() -> new ApplePreset().configure(builder, new PresetOptions(Map.of())))
			.satisfies((ex) -> assertThat(ex.option()).isEqualTo("team-id"));
		assertThatExceptionOfType(PresetOptionException.class)
			.isThrownBy(() -> new ApplePreset().configure(builder,
					new PresetOptions(Map.of("team-id", "T", "key-id", "K", "private-key", "not a key"))))
			.satisfies((ex) -> assertThat(ex.option()).isEqualTo("private-key"))
			.withMessageNotContaining("not a key");
	}

	@Test
	void pemWithEscapedLineBreaksIsAccepted() {
		ProviderRegistration.Builder builder = ProviderRegistration.builder("apple").clientId("com.example.web");
		new ApplePreset().configure(builder,
				new PresetOptions(Map.of("team-id", "T", "key-id", "K", "private-key", pem().replace("\n", "\\n"))));
		assertThat(builder.build().quirks()).isInstanceOf(ApplePreset.ClientSecretJwt.class);
	}

	@Test
	void verifiedIdTokenIsTheUserAndTheNameComesFromTheFirstConsentsUserParameter() {
		OAuthProvider apple = this.harness.provider(new ApplePreset());
		this.harness.jwks("/auth/keys");
		OAuthUserInfo user = this.harness.userInfo(apple, tokens(idToken("client-id")), Map.of("user", USER));
		assertThat(user.id()).isEqualTo("001234.abcdef0123456789.1234");
		assertThat(user.email()).isEqualTo("x7k2@privaterelay.appleid.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("Jane Doe");
		assertThat(user.image()).isNull();
		assertThat(user.profile()).containsEntry("is_private_email", "true");
		assertThat(PresetHarness.target(this.harness.request("/auth/keys")))
			.isEqualTo("https://appleid.apple.com/auth/keys");
	}

	@Test
	void laterSignInsHaveNoNameAndAnUnreadableUserParameterIsIgnored() {
		OAuthProvider apple = this.harness.provider(new ApplePreset());
		this.harness.jwks("/auth/keys");
		assertThat(this.harness.userInfo(apple, tokens(idToken("client-id"))).name()).isNull();
		assertThat(this.harness.userInfo(apple, tokens(idToken("client-id")), Map.of("user", "{not json")).name())
			.isNull();
		assertThat(this.harness
			.userInfo(apple, tokens(idToken("client-id")), Map.of("user", "{\"name\":{\"firstName\":\"Jane\"}}"))
			.name()).isEqualTo("Jane");
	}

	@Test
	void emailVerifiedFalseIsNotVerified() {
		OAuthProvider apple = this.harness.provider(new ApplePreset());
		this.harness.jwks("/auth/keys");
		Map<String, Object> claims = new HashMap<>(claims("client-id"));
		claims.put("email_verified", "false");
		assertThat(this.harness.userInfo(apple, tokens(this.harness.idToken(claims))).emailVerified()).isFalse();
	}

	@Test
	void bundleIdentifierIsAnAcceptedAudienceForNativeSignIn() {
		OAuthProvider apple = this.harness.provider("apple", new ApplePreset(),
				Map.of("app-bundle-identifier", "com.example.app"));
		this.harness.jwks("/auth/keys");
		OAuthUserInfo user = this.harness.nativeSignIn(apple, idToken("com.example.app"), null);
		assertThat(user.id()).isEqualTo("001234.abcdef0123456789.1234");
		assertThat(user.email()).isEqualTo("x7k2@privaterelay.appleid.com");
	}

	@Test
	void aNativeIdTokenMayCarryTheSha256OfTheNonceTheAppSends() throws Exception {
		OAuthProvider apple = this.harness.provider("apple", new ApplePreset(),
				Map.of("app-bundle-identifier", "com.example.app"));
		this.harness.jwks("/auth/keys");
		String hashed = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest("raw-nonce".getBytes(StandardCharsets.UTF_8)));
		Map<String, Object> claims = new HashMap<>(claims("com.example.app"));
		claims.put("nonce", hashed);
		String idToken = this.harness.idToken(claims);
		assertThat(this.harness.nativeSignIn(apple, idToken, null, "raw-nonce").id())
			.isEqualTo("001234.abcdef0123456789.1234");
		assertThat(this.harness.nativeSignIn(apple, idToken, null, hashed).id()).as("the nonce itself")
			.isEqualTo("001234.abcdef0123456789.1234");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.nativeSignIn(apple, idToken, null, "another-nonce"))
			.withMessageContaining("nonce does not match");
	}

	@Test
	void aNativeAppsUserGivesTheNameAsTheCallbacksUserParameterDoes() {
		OAuthProvider apple = this.harness.provider("apple", new ApplePreset(),
				Map.of("app-bundle-identifier", "com.example.app"));
		this.harness.jwks("/auth/keys");
		OAuthUserInfo user = this.harness.nativeSignIn(apple, idToken("com.example.app"), null, null,
				Map.of("user", "{\"name\":{\"firstName\":\"Jane\",\"lastName\":\"Doe\"}}"));
		assertThat(user.name()).isEqualTo("Jane Doe");
	}

	@Test
	void otherProvidersDoNotAcceptAHashedNonce() throws Exception {
		OAuthProvider google = this.harness.provider(new GooglePreset());
		this.harness.jwks("/oauth2/v3/certs");
		String hashed = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest("raw-nonce".getBytes(StandardCharsets.UTF_8)));
		String idToken = this.harness.idToken(Map.of("iss", "https://accounts.google.com", "aud", "client-id", "sub",
				"1", "email", "a@example.com", "nonce", hashed));
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.nativeSignIn(google, idToken, null, "raw-nonce"));
	}

	@Test
	void idTokenForAnotherAudienceOrIssuerIsRefused() {
		OAuthProvider apple = this.harness.provider(new ApplePreset());
		this.harness.jwks("/auth/keys");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(apple, tokens(idToken("com.example.app"))));
		Map<String, Object> claims = new HashMap<>(claims("client-id"));
		claims.put("iss", "https://appleid.example.com");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(apple, tokens(this.harness.idToken(claims))));
	}

	private OAuthProvider generatedSecretProvider() {
		ProviderRegistration.Builder builder = ProviderRegistration.builder("apple")
			.clientId("com.example.web")
			.type("apple");
		new ApplePreset(this.clock).configure(builder,
				new PresetOptions(Map.of("team-id", "TEAM123456", "key-id", "KEY123ABCD", "private-key", pem())));
		return new OAuthProvider(builder.build(), (uri) -> Map.of());
	}

	private String pem() {
		try {
			String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
				.encodeToString(this.key.toECPrivateKey().getEncoded());
			return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String idToken(String audience) {
		return this.harness.idToken(claims(audience));
	}

	private static Map<String, Object> claims(String audience) {
		return Map.of("iss", "https://appleid.apple.com", "aud", audience, "sub", "001234.abcdef0123456789.1234",
				"email", "x7k2@privaterelay.appleid.com", "email_verified", "true", "is_private_email", "true",
				"real_user_status", 2);
	}

	private static TokenSet tokens(String idToken) {
		return new TokenSet("a1", null, idToken, null, null, null);
	}

	private static ECKey generateKey() {
		try {
			return new ECKeyGenerator(Curve.P_256).keyID("KEY123ABCD").generate();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
