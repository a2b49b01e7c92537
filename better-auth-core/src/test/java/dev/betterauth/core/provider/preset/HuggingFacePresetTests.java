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

class HuggingFacePresetTests {

	private static final String USERINFO = """
			{"sub":"6412a3f1b2c4d5e6f7a8b9c0","name":"Jane Doe","preferred_username":"janedoe",
			"profile":"https://huggingface.co/janedoe",
			"picture":"https://cdn-avatars.huggingface.co/v1/production/uploads/6412a3f1b2c4d5e6f7a8b9c0/avatar.png",
			"website":"https://jane.dev","email":"jane@example.com","email_verified":true,"isPro":false,"canPay":false,
			"orgs":[{"sub":"63f0a1b2c3d4e5f6a7b8c9d0","name":"Acme","picture":"https://cdn-avatars.huggingface.co/acme.png",
			"preferred_username":"acme","isEnterprise":false,"roleInOrg":"admin"}]}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider huggingFace = this.harness.provider(new HuggingFacePreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlIsOpenIdWithPkce() {
		String url = this.harness.authorizationUrl(this.huggingFace);
		assertThat(url).startsWith("https://huggingface.co/oauth/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "openid profile email")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.containsKey("nonce");
	}

	@Test
	void tokenRequestSendsCredentialsInTheBodyWithTheVerifier() {
		this.harness.json("/oauth/token",
				"{\"access_token\":\"hf_oauth_1\",\"expires_in\":28800,\"id_token\":\"x.y.z\"}");
		this.harness.exchange(this.huggingFace);
		RecordedRequest request = this.harness.request("/oauth/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://huggingface.co/oauth/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code_verifier", "the-verifier");
	}

	@Test
	void verifiedIdTokenWithEmailIsTheProfile() {
		this.harness.jwks("/oauth/jwks");
		OAuthUserInfo user = this.harness.userInfo(this.huggingFace, tokens(this.harness.idToken(claims())));
		assertThat(user.id()).isEqualTo("6412a3f1b2c4d5e6f7a8b9c0");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("Jane Doe");
		assertThat(user.image()).isEqualTo("https://cdn-avatars.huggingface.co/janedoe.png");
		assertThat(PresetHarness.target(this.harness.request("/oauth/jwks")))
			.isEqualTo("https://huggingface.co/oauth/jwks");
		assertThat(this.harness.requests("/oauth/userinfo")).isEmpty();
	}

	@Test
	void idTokenWithoutEmailIsCompletedByUserInfoAndNameFallsBackToTheUsername() {
		this.harness.jwks("/oauth/jwks").json("/oauth/userinfo", USERINFO.replace("\"name\":\"Jane Doe\",", ""));
		Map<String, Object> claims = claims();
		claims.remove("email");
		OAuthUserInfo user = this.harness.userInfo(this.huggingFace, tokens(this.harness.idToken(claims)));
		assertThat(user.id()).isEqualTo("6412a3f1b2c4d5e6f7a8b9c0");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.name()).isEqualTo("janedoe");
		assertThat(user.profile()).containsKey("orgs");
		RecordedRequest userInfo = this.harness.request("/oauth/userinfo");
		assertThat(PresetHarness.target(userInfo)).isEqualTo("https://huggingface.co/oauth/userinfo");
		assertThat(userInfo.getHeaders().get("Authorization")).isEqualTo("Bearer hf_oauth_1");
	}

	@Test
	void idTokenForAnotherClientIsRefused() {
		this.harness.jwks("/oauth/jwks");
		Map<String, Object> claims = claims();
		claims.put("aud", "another-client");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.huggingFace, tokens(this.harness.idToken(claims))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("unable_to_get_user_info"));
	}

	@Test
	void idTokenFromAnotherIssuerIsRefused() {
		this.harness.jwks("/oauth/jwks");
		Map<String, Object> claims = claims();
		claims.put("iss", "https://evil.example.com");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.huggingFace, tokens(this.harness.idToken(claims))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("unable_to_get_user_info"));
	}

	private static Map<String, Object> claims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", "https://huggingface.co");
		claims.put("aud", "client-id");
		claims.put("sub", "6412a3f1b2c4d5e6f7a8b9c0");
		claims.put("name", "Jane Doe");
		claims.put("preferred_username", "janedoe");
		claims.put("picture", "https://cdn-avatars.huggingface.co/janedoe.png");
		claims.put("email", "jane@example.com");
		claims.put("email_verified", true);
		return claims;
	}

	private static TokenSet tokens(String idToken) {
		return new TokenSet("hf_oauth_1", null, idToken, null, null, null);
	}

}
