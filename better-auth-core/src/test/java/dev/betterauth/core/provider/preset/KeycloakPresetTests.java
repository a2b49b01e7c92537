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

class KeycloakPresetTests {

	private static final String ISSUER = "https://kc.example.com/realms/x";

	private static final String DISCOVERY = """
			{"issuer":"https://kc.example.com/realms/x",
			"authorization_endpoint":"https://kc.example.com/realms/x/protocol/openid-connect/auth",
			"token_endpoint":"https://kc.example.com/realms/x/protocol/openid-connect/token",
			"userinfo_endpoint":"https://kc.example.com/realms/x/protocol/openid-connect/userinfo",
			"jwks_uri":"https://kc.example.com/realms/x/protocol/openid-connect/certs",
			"id_token_signing_alg_values_supported":["RS256"]}""";

	private final PresetHarness harness = new PresetHarness()
		.json("/realms/x/.well-known/openid-configuration", DISCOVERY)
		.jwks("/realms/x/protocol/openid-connect/certs");

	private final OAuthProvider keycloak = this.harness.provider("keycloak", new KeycloakPreset(),
			Map.of("issuer", ISSUER + "/"));

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void issuerIsRequiredAndMustBeARealm() {
		assertThatExceptionOfType(PresetOptionException.class)
			.isThrownBy(() -> this.harness.provider(new KeycloakPreset()))
			.satisfies((ex) -> assertThat(ex.option()).isEqualTo("issuer"));
		assertThatExceptionOfType(PresetOptionException.class)
			.isThrownBy(() -> this.harness.provider("keycloak", new KeycloakPreset(),
					Map.of("issuer", "https://kc.example.com")))
			.withMessageContaining("realms");
	}

	@Test
	void authorizationUrlComesFromDiscovery() {
		String url = this.harness.authorizationUrl(this.keycloak);
		assertThat(url).startsWith("https://kc.example.com/realms/x/protocol/openid-connect/auth?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "openid email profile")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.containsKey("nonce");
		assertThat(PresetHarness.target(this.harness.request("/realms/x/.well-known/openid-configuration")))
			.isEqualTo("https://kc.example.com/realms/x/.well-known/openid-configuration");
	}

	@Test
	void tokenRequestGoesToTheDiscoveredEndpoint() {
		this.harness.json("/realms/x/protocol/openid-connect/token", "{\"access_token\":\"at\"}");
		this.harness.exchange(this.keycloak);
		RecordedRequest request = this.harness.request("/realms/x/protocol/openid-connect/token");
		assertThat(PresetHarness.target(request))
			.isEqualTo("https://kc.example.com/realms/x/protocol/openid-connect/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code_verifier", "the-verifier");
	}

	@Test
	void verifiedIdTokenIsMappedWithoutUserinfo() {
		OAuthUserInfo user = this.harness.userInfo(this.keycloak, tokens(claims()));
		assertThat(user.id()).isEqualTo("f1e2d3c4-0000-4000-8000-123456789abc");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("Jane Doe");
		assertThat(this.harness.requests("/realms/x/protocol/openid-connect/userinfo")).isEmpty();
	}

	@Test
	void idTokenForAnotherClientIsRefused() {
		Map<String, Object> claims = claims();
		claims.put("aud", "another-client");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.keycloak, tokens(claims)))
			.satisfies((ex) -> assertThat(ex.description()).contains("audience"));
	}

	@Test
	void idTokenOfAnotherRealmIsRefused() {
		Map<String, Object> claims = claims();
		claims.put("iss", "https://kc.example.com/realms/other");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.keycloak, tokens(claims)))
			.satisfies((ex) -> assertThat(ex.description()).contains("issuer"));
	}

	private static Map<String, Object> claims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", ISSUER);
		claims.put("aud", "client-id");
		claims.put("sub", "f1e2d3c4-0000-4000-8000-123456789abc");
		claims.put("email", "jane@example.com");
		claims.put("email_verified", true);
		claims.put("name", "Jane Doe");
		claims.put("preferred_username", "jane");
		return claims;
	}

	private TokenSet tokens(Map<String, Object> claims) {
		return new TokenSet("at", null, this.harness.idToken(claims), null, null, null);
	}

}
