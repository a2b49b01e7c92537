package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GitHubPresetTests {

	private static final String USER = """
			{"login":"octocat","id":583231,"avatar_url":"https://avatars.githubusercontent.com/u/583231?v=4",
			"name":"The Octocat","email":null}""";

	private static final String EMAILS = """
			[{"email":"octo@users.noreply.github.com","primary":false,"verified":true},
			{"email":"octocat@github.com","primary":true,"verified":true}]""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider github = this.harness.provider(new GitHubPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlAsksForProfileAndEmailsWithPkce() {
		String url = this.harness.authorizationUrl(this.github);
		assertThat(url).startsWith("https://github.com/login/oauth/authorize?");
		Map<String, String> query = PresetHarness.query(url);
		assertThat(query).containsEntry("client_id", "client-id")
			.containsEntry("scope", "read:user user:email")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/github")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.doesNotContainKey("nonce");
	}

	@Test
	void tokenRequestSendsCredentialsInTheBodyAndAUserAgent() {
		this.harness.json("/login/oauth/access_token",
				"{\"access_token\":\"gho_1\",\"scope\":\"read:user,user:email\"}");
		TokenSet tokens = this.harness.exchange(this.github);
		RecordedRequest request = this.harness.request("/login/oauth/access_token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://github.com/login/oauth/access_token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code", "the-code")
			.containsEntry("code_verifier", "the-verifier");
		assertThat(request.getHeaders().get("User-Agent")).isEqualTo(Presets.USER_AGENT);
		assertThat(request.getHeaders().get("Accept")).contains("application/json");
		assertThat(tokens.scopes()).containsExactly("read:user", "user:email");
	}

	@Test
	void tokenAnswerOf200WithErrorIsAFailure() {
		this.harness.json("/login/oauth/access_token",
				"{\"error\":\"bad_verification_code\",\"error_description\":\"The code passed is incorrect\"}");
		assertThatExceptionOfType(ProviderException.class).isThrownBy(() -> this.harness.exchange(this.github))
			.satisfies((ex) -> assertThat(ex.oauthError()).isEqualTo("bad_verification_code"));
	}

	@Test
	void privateEmailIsReadFromUserEmailsPrimaryFirst() {
		this.harness.json("/user", USER).json("/user/emails", EMAILS);
		OAuthUserInfo user = this.harness.userInfo(this.github, tokens());
		assertThat(user.id()).isEqualTo("583231");
		assertThat(user.email()).isEqualTo("octocat@github.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("The Octocat");
		assertThat(user.image()).isEqualTo("https://avatars.githubusercontent.com/u/583231?v=4");
		RecordedRequest emails = this.harness.request("/user/emails");
		assertThat(PresetHarness.target(emails)).isEqualTo("https://api.github.com/user/emails");
		assertThat(emails.getHeaders().get("Authorization")).isEqualTo("Bearer gho_1");
		assertThat(emails.getHeaders().get("User-Agent")).isEqualTo(Presets.USER_AGENT);
		assertThat(this.harness.request("/user").getHeaders().get("User-Agent")).isEqualTo(Presets.USER_AGENT);
	}

	@Test
	void withoutPrimaryTheFirstEmailIsTakenAndItsVerificationKept() {
		this.harness.json("/user", USER)
			.json("/user/emails", "[{\"email\":\"first@example.com\",\"primary\":false,\"verified\":false},"
					+ "{\"email\":\"second@example.com\",\"primary\":false,\"verified\":true}]");
		OAuthUserInfo user = this.harness.userInfo(this.github, tokens());
		assertThat(user.email()).isEqualTo("first@example.com");
		assertThat(user.emailVerified()).isFalse();
	}

	@Test
	void publicEmailIsVerifiedOnlyWhenTheEmailsListSaysSo() {
		this.harness.json("/user", USER.replace("\"email\":null", "\"email\":\"octo@users.noreply.github.com\""))
			.json("/user/emails", EMAILS);
		OAuthUserInfo user = this.harness.userInfo(this.github, tokens());
		assertThat(user.email()).isEqualTo("octo@users.noreply.github.com");
		assertThat(user.emailVerified()).isTrue();
	}

	@Test
	void nameFallsBackToLoginAndFailingEmailsLeaveNoEmail() {
		this.harness.json("/user", USER.replace("\"name\":\"The Octocat\"", "\"name\":null"));
		OAuthUserInfo user = this.harness.userInfo(this.github, tokens());
		assertThat(user.name()).isEqualTo("octocat");
		assertThat(user.email()).isNull();
		assertThat(user.emailVerified()).isFalse();
	}

	private static TokenSet tokens() {
		return new TokenSet("gho_1", null, null, null, null, null);
	}

}
