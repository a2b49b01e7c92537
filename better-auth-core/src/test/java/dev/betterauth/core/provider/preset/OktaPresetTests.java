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

class OktaPresetTests {

	private static final String ISSUER = "https://dev-12345.okta.com/oauth2/default";

	private static final String DISCOVERY = """
			{"issuer":"https://dev-12345.okta.com/oauth2/default",
			"authorization_endpoint":"https://dev-12345.okta.com/oauth2/default/v1/authorize",
			"token_endpoint":"https://dev-12345.okta.com/oauth2/default/v1/token",
			"userinfo_endpoint":"https://dev-12345.okta.com/oauth2/default/v1/userinfo",
			"jwks_uri":"https://dev-12345.okta.com/oauth2/default/v1/keys",
			"id_token_signing_alg_values_supported":["RS256"]}""";

	private final PresetHarness harness = new PresetHarness()
		.json("/oauth2/default/.well-known/openid-configuration", DISCOVERY)
		.jwks("/oauth2/default/v1/keys");

	private final OAuthProvider okta = this.harness.provider("okta", new OktaPreset(), Map.of("issuer", ISSUER));

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void issuerIsRequired() {
		assertThatExceptionOfType(PresetOptionException.class).isThrownBy(() -> this.harness.provider(new OktaPreset()))
			.satisfies((ex) -> assertThat(ex.option()).isEqualTo("issuer"));
	}

	@Test
	void authorizationUrlComesFromDiscovery() {
		String url = this.harness.authorizationUrl(this.okta);
		assertThat(url).startsWith("https://dev-12345.okta.com/oauth2/default/v1/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "openid email profile")
			.containsKey("code_challenge")
			.containsKey("nonce");
	}

	@Test
	void tokenRequestGoesToTheDiscoveredEndpoint() {
		this.harness.json("/oauth2/default/v1/token", "{\"access_token\":\"at\"}");
		this.harness.exchange(this.okta);
		RecordedRequest request = this.harness.request("/oauth2/default/v1/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://dev-12345.okta.com/oauth2/default/v1/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code_verifier", "the-verifier");
	}

	@Test
	void verifiedIdTokenIsMapped() {
		OAuthUserInfo user = this.harness.userInfo(this.okta, tokens(claims()));
		assertThat(user.id()).isEqualTo("00u1a2b3c4EXAMPLE");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("Jane Doe");
	}

	@Test
	void idTokenWithoutEmailFallsBackToUserinfo() {
		this.harness.json("/oauth2/default/v1/userinfo", """
				{"sub":"00u1a2b3c4EXAMPLE","name":"Jane Doe","email":"jane@example.com","email_verified":false,
				"preferred_username":"jane@example.com","locale":"en-US"}""");
		Map<String, Object> claims = claims();
		claims.remove("email");
		claims.remove("email_verified");
		OAuthUserInfo user = this.harness.userInfo(this.okta, tokens(claims));
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isFalse();
		RecordedRequest userInfo = this.harness.request("/oauth2/default/v1/userinfo");
		assertThat(PresetHarness.target(userInfo)).isEqualTo("https://dev-12345.okta.com/oauth2/default/v1/userinfo");
		assertThat(userInfo.getHeaders().get("Authorization")).isEqualTo("Bearer at");
	}

	@Test
	void userinfoOfAnotherSubjectIsRefused() {
		this.harness.json("/oauth2/default/v1/userinfo", "{\"sub\":\"00uSOMEONEELSE\",\"email\":\"eve@example.com\"}");
		Map<String, Object> claims = claims();
		claims.remove("email");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.okta, tokens(claims)));
	}

	@Test
	void idTokenOfAnotherAuthorizationServerIsRefused() {
		Map<String, Object> claims = claims();
		claims.put("iss", "https://dev-12345.okta.com");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.okta, tokens(claims)))
			.satisfies((ex) -> assertThat(ex.description()).contains("issuer"));
	}

	private static Map<String, Object> claims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", ISSUER);
		claims.put("aud", "client-id");
		claims.put("sub", "00u1a2b3c4EXAMPLE");
		claims.put("email", "jane@example.com");
		claims.put("email_verified", true);
		claims.put("name", "Jane Doe");
		claims.put("ver", 1);
		return claims;
	}

	private TokenSet tokens(Map<String, Object> claims) {
		return new TokenSet("at", null, this.harness.idToken(claims), null, null, null);
	}

}
