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

class VercelPresetTests {

	private static final String USERINFO = """
			{"sub":"a1b2c3d4e5f6","name":"Jane Doe","preferred_username":"janedoe","email":"jane@example.com",
			"email_verified":true,"picture":"https://vercel.com/api/www/avatar/abc123"}""";

	private final PresetHarness harness = new PresetHarness().jwks("/.well-known/jwks");

	private final OAuthProvider vercel = this.harness.provider(new VercelPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlLeavesScopesToTheAppWithPkce() {
		String url = this.harness.authorizationUrl(this.vercel);
		assertThat(url).startsWith("https://vercel.com/oauth/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("code_challenge_method", "S256")
			.containsKeys("code_challenge", "nonce")
			.doesNotContainKey("scope");
	}

	@Test
	void tokenRequestGoesToTheApiHostWithVerifier() {
		this.harness.json("/login/oauth/token", "{\"access_token\":\"vc_at\",\"token_type\":\"Bearer\"}");
		this.harness.exchange(this.vercel);
		RecordedRequest request = this.harness.request("/login/oauth/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.vercel.com/login/oauth/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code_verifier", "the-verifier");
	}

	@Test
	void userInfoIsMapped() {
		this.harness.json("/login/oauth/userinfo", USERINFO);
		OAuthUserInfo user = this.harness.userInfo(this.vercel, tokens(null));
		assertThat(user.id()).isEqualTo("a1b2c3d4e5f6");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("Jane Doe");
		assertThat(user.image()).isEqualTo("https://vercel.com/api/www/avatar/abc123");
		assertThat(PresetHarness.target(this.harness.request("/login/oauth/userinfo")))
			.isEqualTo("https://api.vercel.com/login/oauth/userinfo");
	}

	@Test
	void nameFallsBackToTheUsername() {
		this.harness.json("/login/oauth/userinfo", USERINFO.replace("\"name\":\"Jane Doe\",", ""));
		OAuthUserInfo user = this.harness.userInfo(this.vercel, tokens(null));
		assertThat(user.name()).isEqualTo("janedoe");
	}

	@Test
	void verifiedIdTokenIsTheProfile() {
		String idToken = this.harness.idToken(Map.of("iss", "https://vercel.com", "aud", "client-id", "sub",
				"a1b2c3d4e5f6", "email", "jane@example.com", "preferred_username", "janedoe"));
		OAuthUserInfo user = this.harness.userInfo(this.vercel, tokens(idToken));
		assertThat(user.id()).isEqualTo("a1b2c3d4e5f6");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("janedoe");
		assertThat(this.harness.requests("/login/oauth/userinfo")).isEmpty();
	}

	@Test
	void idTokenForAnotherClientIsRefused() {
		String idToken = this.harness.idToken(Map.of("iss", "https://vercel.com", "aud", "another-client", "sub",
				"a1b2c3d4e5f6", "email", "jane@example.com"));
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.vercel, tokens(idToken)))
			.satisfies((ex) -> assertThat(ex.description()).contains("audience"));
	}

	private static TokenSet tokens(String idToken) {
		return new TokenSet("vc_at", null, idToken, null, null, null);
	}

}
