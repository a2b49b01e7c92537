package dev.betterauth.core.provider.preset;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class Auth0PresetTests {

	private static final String ISSUER = "https://dev-abc.eu.auth0.com/";

	private static final String DISCOVERY = """
			{"issuer":"https://dev-abc.eu.auth0.com/",
			"authorization_endpoint":"https://dev-abc.eu.auth0.com/authorize",
			"token_endpoint":"https://dev-abc.eu.auth0.com/oauth/token",
			"userinfo_endpoint":"https://dev-abc.eu.auth0.com/userinfo",
			"jwks_uri":"https://dev-abc.eu.auth0.com/.well-known/jwks.json",
			"id_token_signing_alg_values_supported":["HS256","RS256","PS256"]}""";

	private final PresetHarness harness = new PresetHarness().json("/.well-known/openid-configuration", DISCOVERY)
		.jwks("/.well-known/jwks.json");

	private final OAuthProvider auth0 = this.harness.provider("auth0", new Auth0Preset(),
			Map.of("domain", "dev-abc.eu.auth0.com"));

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void domainIsRequiredAndIsAHost() {
		assertThatExceptionOfType(PresetOptionException.class)
			.isThrownBy(() -> this.harness.provider(new Auth0Preset()))
			.satisfies((ex) -> assertThat(ex.option()).isEqualTo("domain"));
		assertThatExceptionOfType(PresetOptionException.class).isThrownBy(() -> this.harness.provider("auth0",
				new Auth0Preset(), Map.of("domain", "https://dev-abc.eu.auth0.com/authorize")));
		assertThat(this.harness.provider("auth0", new Auth0Preset(), Map.of("domain", "https://login.example.com/"))
			.registration()
			.issuer()).isEqualTo("https://login.example.com/");
	}

	@Test
	void authorizationUrlComesFromDiscoveryAtTheDomain() {
		assertThat(this.auth0.registration().issuer()).isEqualTo(ISSUER);
		String url = this.harness.authorizationUrl(this.auth0);
		assertThat(url).startsWith("https://dev-abc.eu.auth0.com/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "openid email profile")
			.containsKey("code_challenge")
			.containsKey("nonce");
		assertThat(PresetHarness.target(this.harness.request("/.well-known/openid-configuration")))
			.isEqualTo("https://dev-abc.eu.auth0.com/.well-known/openid-configuration");
	}

	@Test
	void tokenRequestGoesToTheDiscoveredEndpoint() {
		this.harness.json("/oauth/token", "{\"access_token\":\"at\"}");
		this.harness.exchange(this.auth0);
		RecordedRequest request = this.harness.request("/oauth/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://dev-abc.eu.auth0.com/oauth/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code_verifier", "the-verifier");
	}

	@Test
	void verifiedIdTokenWithTheSlashedIssuerIsMapped() {
		OAuthUserInfo user = this.harness.userInfo(this.auth0, tokens(claims()));
		assertThat(user.id()).isEqualTo("auth0|64f0c0ffee0000000000abcd");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("jane@example.com");
		assertThat(user.image()).startsWith("https://s.gravatar.com/avatar/abc");
	}

	@Test
	void issuerWithoutTheSlashIsRefused() {
		Map<String, Object> claims = claims();
		claims.put("iss", "https://dev-abc.eu.auth0.com");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.auth0, tokens(claims)))
			.satisfies((ex) -> assertThat(ex.description()).contains("issuer"));
	}

	@Test
	void idTokenForAnotherClientIsRefused() {
		Map<String, Object> claims = claims();
		claims.put("aud", "AbCdEf123");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.auth0, tokens(claims)))
			.satisfies((ex) -> assertThat(ex.description()).contains("audience"));
	}

	private static Map<String, Object> claims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", ISSUER);
		claims.put("aud", "client-id");
		claims.put("sub", "auth0|64f0c0ffee0000000000abcd");
		claims.put("email", "jane@example.com");
		claims.put("email_verified", true);
		claims.put("name", "jane@example.com");
		claims.put("nickname", "jane");
		claims.put("picture", "https://s.gravatar.com/avatar/abc?s=480&r=pg");
		return claims;
	}

	private TokenSet tokens(Map<String, Object> claims) {
		return new TokenSet("at", null, this.harness.idToken(claims), null, null, null);
	}

}
