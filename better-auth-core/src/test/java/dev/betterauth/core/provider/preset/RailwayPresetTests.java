package dev.betterauth.core.provider.preset;

import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RailwayPresetTests {

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider railway = this.harness.provider(new RailwayPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlAsksForOpenIdWithPkce() {
		String url = this.harness.authorizationUrl(this.railway);
		assertThat(url).startsWith("https://backboard.railway.com/oauth/auth?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "openid email profile")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge");
	}

	@Test
	void codeExchangeUsesBasicAuthentication() {
		this.harness.json("/oauth/token", "{\"access_token\":\"rw_at\",\"expires_in\":3600,\"token_type\":\"Bearer\"}");
		this.harness.exchange(this.railway);
		RecordedRequest request = this.harness.request("/oauth/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://backboard.railway.com/oauth/token");
		assertThat(PresetHarness.basicCredentials(request)).isEqualTo("client-id:client-secret");
		assertThat(PresetHarness.form(request)).containsEntry("code", "the-code")
			.containsEntry("code_verifier", "the-verifier")
			.doesNotContainKeys("client_id", "client_secret");
	}

	@Test
	void refreshUsesBasicAuthenticationToo() {
		this.harness.json("/oauth/token", "{\"access_token\":\"rw_at2\",\"refresh_token\":\"rw_rt2\"}");
		this.harness.refresh(this.railway);
		RecordedRequest request = this.harness.request("/oauth/token");
		assertThat(PresetHarness.basicCredentials(request)).isEqualTo("client-id:client-secret");
		assertThat(PresetHarness.form(request)).containsEntry("grant_type", "refresh_token")
			.doesNotContainKey("client_secret");
	}

	@Test
	void userIsReadFromOauthMeAndItsEmailIsNeverVerified() {
		this.harness.json("/oauth/me",
				"{\"sub\":\"b8c1d3e2-5f4a-4b6c-9d7e-1a2b3c4d5e6f\",\"email\":\"jane@example.com\","
						+ "\"name\":\"Jane Doe\",\"picture\":\"https://avatars.githubusercontent.com/u/12345?v=4\"}");
		OAuthUserInfo user = this.harness.userInfo(this.railway, new TokenSet("rw_at", null, null, null, null, null));
		assertThat(user.id()).isEqualTo("b8c1d3e2-5f4a-4b6c-9d7e-1a2b3c4d5e6f");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("Jane Doe");
		assertThat(user.image()).isEqualTo("https://avatars.githubusercontent.com/u/12345?v=4");
		RecordedRequest request = this.harness.request("/oauth/me");
		assertThat(PresetHarness.target(request)).isEqualTo("https://backboard.railway.com/oauth/me");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer rw_at");
	}

}
