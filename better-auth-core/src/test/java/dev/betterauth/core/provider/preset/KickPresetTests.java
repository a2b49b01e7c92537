package dev.betterauth.core.provider.preset;

import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KickPresetTests {

	private static final String USERS = """
			{"data":[{"user_id":123456,"name":"janedoe","email":"jane@example.com",
			"profile_picture":"https://files.kick.com/images/user/123456/profile_image/conversion/abc-fullsize.webp"}],
			"message":"OK"}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider kick = this.harness.provider(new KickPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlIsOnTheIdHostWithPkce() {
		String url = this.harness.authorizationUrl(this.kick);
		assertThat(url).startsWith("https://id.kick.com/oauth/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "user:read")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge");
	}

	@Test
	void tokenRequestSendsCredentialsInTheBodyWithTheVerifier() {
		this.harness.json("/oauth/token", "{\"access_token\":\"at-1\",\"refresh_token\":\"rt\",\"expires_in\":7200}");
		this.harness.exchange(this.kick);
		RecordedRequest request = this.harness.request("/oauth/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://id.kick.com/oauth/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code_verifier", "the-verifier");
	}

	@Test
	void firstUserOfTheDataListIsMappedWithItsNumericId() {
		this.harness.json("/public/v1/users", USERS);
		OAuthUserInfo user = this.harness.userInfo(this.kick, tokens());
		assertThat(user.id()).isEqualTo("123456");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("janedoe");
		assertThat(user.image())
			.isEqualTo("https://files.kick.com/images/user/123456/profile_image/conversion/abc-fullsize.webp");
		assertThat(user.profile()).containsEntry("name", "janedoe").doesNotContainKey("data");
		RecordedRequest request = this.harness.request("/public/v1/users");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.kick.com/public/v1/users");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer at-1");
	}

	@Test
	void emptyDataListIsNoUser() {
		this.harness.json("/public/v1/users", "{\"data\":[],\"message\":\"OK\"}");
		assertThatExceptionOfType(OAuthFlowException.class).isThrownBy(() -> this.harness.userInfo(this.kick, tokens()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("unable_to_get_user_info"));
	}

	private static TokenSet tokens() {
		return new TokenSet("at-1", null, null, null, null, null);
	}

}
