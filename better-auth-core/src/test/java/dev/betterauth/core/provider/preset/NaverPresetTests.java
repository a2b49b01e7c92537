package dev.betterauth.core.provider.preset;

import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NaverPresetTests {

	private static final String ME = """
			{"resultcode":"00","message":"success","response":{"id":"32742776","nickname":"OpenAPI","name":"오픈 API",
			"email":"openapi@naver.com","gender":"F","age":"40-49","birthday":"10-01","birthyear":"1900",
			"profile_image":"https://ssl.pstatic.net/static/pwe/address/nodata_33x33.gif","mobile":"010-0000-0000"}}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider naver = this.harness.provider(new NaverPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlAsksForProfileAndEmailWithoutPkce() {
		String url = this.harness.authorizationUrl(this.naver);
		assertThat(url).startsWith("https://nid.naver.com/oauth2.0/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "profile email")
			.doesNotContainKeys("code_challenge", "code_challenge_method");
	}

	@Test
	void tokenRequestSendsCredentialsInTheBodyWithoutVerifier() {
		this.harness.json("/oauth2.0/token",
				"{\"access_token\":\"AAAA\",\"refresh_token\":\"c8ce\",\"token_type\":\"bearer\",\"expires_in\":\"3600\"}");
		TokenSet tokens = this.harness.exchange(this.naver);
		RecordedRequest request = this.harness.request("/oauth2.0/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://nid.naver.com/oauth2.0/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.doesNotContainKey("code_verifier");
		assertThat(tokens.accessTokenExpiresAt()).isNotNull();
	}

	@Test
	void tokenErrorAnsweredWith200IsAFailure() {
		this.harness.json("/oauth2.0/token",
				"{\"error\":\"invalid_request\",\"error_description\":\"no valid data in session\"}");
		assertThatExceptionOfType(ProviderException.class).isThrownBy(() -> this.harness.exchange(this.naver))
			.satisfies((ex) -> assertThat(ex.oauthError()).isEqualTo("invalid_request"));
	}

	@Test
	void wrappedProfileIsMapped() {
		this.harness.json("/v1/nid/me", ME);
		OAuthUserInfo user = this.harness.userInfo(this.naver, tokens());
		assertThat(user.id()).isEqualTo("32742776");
		assertThat(user.email()).isEqualTo("openapi@naver.com");
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("오픈 API");
		assertThat(user.image()).isEqualTo("https://ssl.pstatic.net/static/pwe/address/nodata_33x33.gif");
		assertThat(user.profile()).containsEntry("resultcode", "00").containsKey("response");
		RecordedRequest request = this.harness.request("/v1/nid/me");
		assertThat(PresetHarness.target(request)).isEqualTo("https://openapi.naver.com/v1/nid/me");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer AAAA");
	}

	@Test
	void nameFallsBackToTheNickname() {
		this.harness.json("/v1/nid/me", ME.replace("\"name\":\"오픈 API\",", ""));
		assertThat(this.harness.userInfo(this.naver, tokens()).name()).isEqualTo("OpenAPI");
	}

	@Test
	void resultCodeOtherThan00IsAFailureEvenWith200() {
		this.harness.json("/v1/nid/me", "{\"resultcode\":\"024\",\"message\":\"Authentication failed\"}");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.naver, tokens()))
			.satisfies((ex) -> assertThat(ex.description()).contains("024"));
	}

	private static TokenSet tokens() {
		return new TokenSet("AAAA", null, null, null, null, null);
	}

}
