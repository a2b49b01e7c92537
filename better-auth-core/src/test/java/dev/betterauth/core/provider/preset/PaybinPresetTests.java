package dev.betterauth.core.provider.preset;

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

class PaybinPresetTests {

	private static final String DISCOVERY = """
			{"issuer":"https://idp.paybin.io","authorization_endpoint":"https://idp.paybin.io/oauth2/authorize",
			"token_endpoint":"https://idp.paybin.io/oauth2/token","jwks_uri":"https://idp.paybin.io/oauth2/jwks",
			"userinfo_endpoint":"https://idp.paybin.io/userinfo"}""";

	private final PresetHarness harness = new PresetHarness().json("/.well-known/openid-configuration", DISCOVERY)
		.jwks("/oauth2/jwks");

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlComesFromDiscoveryWithPkceNonceAndPrompt() {
		OAuthProvider paybin = this.harness.provider("paybin", new PaybinPreset(), Map.of("prompt", "login"));
		String url = this.harness.authorizationUrl(paybin);
		assertThat(url).startsWith("https://idp.paybin.io/oauth2/authorize?");
		assertThat(PresetHarness.target(this.harness.request("/.well-known/openid-configuration")))
			.isEqualTo("https://idp.paybin.io/.well-known/openid-configuration");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "openid email profile")
			.containsEntry("prompt", "login")
			.containsEntry("code_challenge_method", "S256")
			.containsKeys("code_challenge", "nonce");
	}

	@Test
	void configuredIssuerIsWhereDiscoveryHappens() {
		this.harness.json("/.well-known/openid-configuration", DISCOVERY.replace("idp.paybin.io", "id.example.com"));
		OAuthProvider paybin = this.harness.provider("paybin", new PaybinPreset(),
				Map.of("issuer", "https://id.example.com"));
		assertThat(this.harness.authorizationUrl(paybin)).startsWith("https://id.example.com/oauth2/authorize?");
		assertThat(PresetHarness.target(this.harness.request("/.well-known/openid-configuration")))
			.isEqualTo("https://id.example.com/.well-known/openid-configuration");
	}

	@Test
	void tokenRequestSendsCredentialsAndVerifierInTheBody() {
		this.harness.json("/oauth2/token", "{\"access_token\":\"at\",\"token_type\":\"Bearer\"}");
		this.harness.exchange(paybin());
		RecordedRequest request = this.harness.request("/oauth2/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://idp.paybin.io/oauth2/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code", "the-code")
			.containsEntry("code_verifier", "the-verifier");
		assertThat(request.getHeaders().get("Authorization")).isNull();
	}

	@Test
	void verifiedIdTokenIsTheProfile() {
		OAuthProvider paybin = paybin();
		String idToken = this.harness.idToken(Map.of("iss", "https://idp.paybin.io", "aud", "client-id", "sub",
				"usr_01HXYZ", "email", "jane@merchant.example", "email_verified", true, "preferred_username",
				"jane.roe", "picture", "https://idp.paybin.io/avatars/usr_01HXYZ.png"));
		OAuthUserInfo user = this.harness.userInfo(paybin, tokens(idToken));
		assertThat(user.id()).isEqualTo("usr_01HXYZ");
		assertThat(user.email()).isEqualTo("jane@merchant.example");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("jane.roe");
		assertThat(user.image()).isEqualTo("https://idp.paybin.io/avatars/usr_01HXYZ.png");
		assertThat(this.harness.requests("/userinfo")).isEmpty();
	}

	@Test
	void idTokenForAnotherClientIsRefused() {
		OAuthProvider paybin = paybin();
		String idToken = this.harness.idToken(Map.of("iss", "https://idp.paybin.io", "aud", "another-client", "sub",
				"usr_01HXYZ", "email", "jane@merchant.example"));
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(paybin, tokens(idToken)))
			.satisfies((ex) -> assertThat(ex.description()).contains("audience"));
	}

	@Test
	void idTokenFromAnotherIssuerIsRefused() {
		OAuthProvider paybin = paybin();
		String idToken = this.harness.idToken(Map.of("iss", "https://evil.example", "aud", "client-id", "sub",
				"usr_01HXYZ", "email", "jane@merchant.example"));
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(paybin, tokens(idToken)))
			.satisfies((ex) -> assertThat(ex.description()).contains("issuer"));
	}

	private OAuthProvider paybin() {
		return this.harness.provider(new PaybinPreset());
	}

	private static TokenSet tokens(String idToken) {
		return new TokenSet("at", null, idToken, null, null, null);
	}

}
