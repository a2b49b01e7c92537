package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolarPresetTests {

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider polar = this.harness.provider(new PolarPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlIsOnPolarShAndAsksForAUserToken() {
		String url = this.harness
			.authorizationUrl(this.harness.provider("polar", new PolarPreset(), Map.of("prompt", "consent")));
		assertThat(url).startsWith("https://polar.sh/oauth2/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "openid profile email")
			.containsEntry("sub_type", "user")
			.containsEntry("prompt", "consent")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge");
	}

	@Test
	void tokenRequestGoesToTheApiHostWithCredentialsInTheBody() {
		this.harness.json("/v1/oauth2/token", "{\"access_token\":\"polar_at\",\"token_type\":\"Bearer\"}");
		this.harness.exchange(this.polar);
		RecordedRequest request = this.harness.request("/v1/oauth2/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.polar.sh/v1/oauth2/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code_verifier", "the-verifier");
	}

	@Test
	void documentedUserInfoClaimsAreMapped() {
		this.harness.json("/v1/oauth2/userinfo", "{\"sub\":\"9f1c2e4a-0b6d-4c1e-8f3a-2d7b5e6a1c90\","
				+ "\"name\":\"Jane Doe\",\"email\":\"jane@example.com\",\"email_verified\":true}");
		OAuthUserInfo user = this.harness.userInfo(this.polar, tokens());
		assertThat(user.id()).isEqualTo("9f1c2e4a-0b6d-4c1e-8f3a-2d7b5e6a1c90");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("Jane Doe");
		RecordedRequest request = this.harness.request("/v1/oauth2/userinfo");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.polar.sh/v1/oauth2/userinfo");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer polar_at");
	}

	@Test
	void betterAuthsFieldNamesAreReadToo() {
		this.harness.json("/v1/oauth2/userinfo", """
				{"id":"9f1c2e4a-0b6d-4c1e-8f3a-2d7b5e6a1c90","email":"jane@example.com","username":"janedoe",
				"avatar_url":"https://avatars.githubusercontent.com/u/12345","public_name":"Jane Doe",
				"email_verified":false}""");
		OAuthUserInfo user = this.harness.userInfo(this.polar, tokens());
		assertThat(user.id()).isEqualTo("9f1c2e4a-0b6d-4c1e-8f3a-2d7b5e6a1c90");
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("Jane Doe");
		assertThat(user.image()).isEqualTo("https://avatars.githubusercontent.com/u/12345");
	}

	private static TokenSet tokens() {
		return new TokenSet("polar_at", null, null, null, null, null);
	}

}
