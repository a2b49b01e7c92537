package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GitLabPresetTests {

	private static final String USER = """
			{"id":1234567,"username":"jdoe","name":"Jane Doe","state":"active","locked":false,
			"avatar_url":"https://gitlab.com/uploads/-/system/user/avatar/1234567/avatar.png",
			"web_url":"https://gitlab.com/jdoe","email":"jane@example.com","public_email":"",
			"commit_email":"jane@example.com","confirmed_at":"2020-01-01T00:00:00.000Z","bot":false}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider gitlab = this.harness.provider(new GitLabPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlAsksForReadUserWithPkce() {
		String url = this.harness.authorizationUrl(this.gitlab);
		assertThat(url).startsWith("https://gitlab.com/oauth/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "read_user")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/gitlab")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.doesNotContainKey("nonce");
	}

	@Test
	void selfHostedInstanceBuildsEveryEndpointFromTheIssuer() {
		OAuthProvider selfHosted = this.harness.provider("gitlab", new GitLabPreset(),
				Map.of("issuer", "https://git.example.com/gitlab/"));
		assertThat(this.harness.authorizationUrl(selfHosted))
			.startsWith("https://git.example.com/gitlab/oauth/authorize?");
		this.harness.json("/gitlab/oauth/token", "{\"access_token\":\"at\"}").json("/gitlab/api/v4/user", USER);
		this.harness.userInfo(selfHosted, this.harness.exchange(selfHosted));
		assertThat(PresetHarness.target(this.harness.request("/gitlab/oauth/token")))
			.isEqualTo("https://git.example.com/gitlab/oauth/token");
		assertThat(PresetHarness.target(this.harness.request("/gitlab/api/v4/user")))
			.isEqualTo("https://git.example.com/gitlab/api/v4/user");
	}

	@Test
	void tokenRequestSendsCredentialsInTheBody() {
		this.harness.json("/oauth/token", "{\"access_token\":\"at\",\"token_type\":\"Bearer\"}");
		this.harness.exchange(this.gitlab);
		RecordedRequest request = this.harness.request("/oauth/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://gitlab.com/oauth/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code_verifier", "the-verifier")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/gitlab");
	}

	@Test
	void activeUserIsMappedFromApiV4User() {
		this.harness.json("/api/v4/user", USER);
		OAuthUserInfo user = this.harness.userInfo(this.gitlab, tokens());
		assertThat(user.id()).isEqualTo("1234567");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("Jane Doe");
		assertThat(user.image()).isEqualTo("https://gitlab.com/uploads/-/system/user/avatar/1234567/avatar.png");
		RecordedRequest request = this.harness.request("/api/v4/user");
		assertThat(PresetHarness.target(request)).isEqualTo("https://gitlab.com/api/v4/user");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer at");
	}

	@Test
	void nameFallsBackToUsername() {
		this.harness.json("/api/v4/user", USER.replace("\"name\":\"Jane Doe\"", "\"name\":\"\""));
		assertThat(this.harness.userInfo(this.gitlab, tokens()).name()).isEqualTo("jdoe");
	}

	@Test
	void blockedUserIsRefused() {
		this.harness.json("/api/v4/user", USER.replace("\"state\":\"active\"", "\"state\":\"blocked\""));
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.gitlab, tokens()))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(ErrorCodes.UNABLE_TO_GET_USER_INFO);
				assertThat(ex.description()).isEqualTo("The GitLab account is not active (blocked) and cannot sign in");
			});
	}

	@Test
	void lockedUserIsRefused() {
		this.harness.json("/api/v4/user", USER.replace("\"locked\":false", "\"locked\":true"));
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.gitlab, tokens()))
			.satisfies((ex) -> assertThat(ex.description()).contains("locked"));
	}

	@Test
	void userWithoutStateIsRefused() {
		this.harness.json("/api/v4/user", USER.replace("\"state\":\"active\",", ""));
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.gitlab, tokens()))
			.satisfies((ex) -> assertThat(ex.description())
				.isEqualTo("The GitLab account is not active and cannot sign in"));
	}

	private static TokenSet tokens() {
		return new TokenSet("at", null, null, null, null, null);
	}

}
