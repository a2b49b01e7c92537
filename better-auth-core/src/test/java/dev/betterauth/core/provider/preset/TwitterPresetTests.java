package dev.betterauth.core.provider.preset;

import java.util.List;
import java.util.Map;

import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TwitterPresetTests {

	/**
	 * The harness answers by path, so both calls to {@code /2/users/me} get this: the
	 * fields of the first and of the second call.
	 */
	private static final String ME = """
			{"data":{"id":"2244994945","name":"X Dev","username":"XDevelopers",
			"profile_image_url":"https://pbs.twimg.com/profile_images/1683325380441128960/yRsRRjGO_normal.jpg",
			"confirmed_email":"dev@example.com"}}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider twitter = this.harness.provider(new TwitterPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlIsOnXWithSpaceSeparatedScopesAndPkce() {
		String url = this.harness.authorizationUrl(this.twitter);
		assertThat(url).startsWith("https://x.com/i/oauth2/authorize?");
		Map<String, String> query = PresetHarness.query(url);
		assertThat(query).containsEntry("client_id", "client-id")
			.containsEntry("scope", "users.read tweet.read offline.access users.email")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/twitter")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.doesNotContainKey("nonce");
	}

	@Test
	void tokenRequestAuthenticatesWithBasic() {
		this.harness.json("/2/oauth2/token", "{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"t1\","
				+ "\"scope\":\"users.read tweet.read offline.access users.email\",\"refresh_token\":\"r1\"}");
		TokenSet tokens = this.harness.exchange(this.twitter);
		RecordedRequest request = this.harness.request("/2/oauth2/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.x.com/2/oauth2/token");
		assertThat(PresetHarness.basicCredentials(request)).isEqualTo("client-id:client-secret");
		assertThat(PresetHarness.form(request)).containsEntry("grant_type", "authorization_code")
			.containsEntry("code", "the-code")
			.containsEntry("code_verifier", "the-verifier")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/twitter")
			.doesNotContainKey("client_id")
			.doesNotContainKey("client_secret");
		assertThat(tokens.refreshToken()).isEqualTo("r1");
	}

	@Test
	void refreshAuthenticatesWithBasic() {
		this.harness.json("/2/oauth2/token", "{\"access_token\":\"t2\",\"refresh_token\":\"r2\"}");
		this.harness.refresh(this.twitter);
		RecordedRequest request = this.harness.request("/2/oauth2/token");
		assertThat(PresetHarness.basicCredentials(request)).isEqualTo("client-id:client-secret");
		assertThat(PresetHarness.form(request)).containsEntry("grant_type", "refresh_token")
			.containsEntry("refresh_token", "the-refresh-token")
			.doesNotContainKey("client_secret");
	}

	@Test
	void confirmedEmailIsReadByASecondCallAndCountsAsVerified() {
		this.harness.json("/2/users/me", ME);
		OAuthUserInfo user = this.harness.userInfo(this.twitter, tokens());
		assertThat(user.id()).isEqualTo("2244994945");
		assertThat(user.email()).isEqualTo("dev@example.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("X Dev");
		assertThat(user.image())
			.isEqualTo("https://pbs.twimg.com/profile_images/1683325380441128960/yRsRRjGO_normal.jpg");
		List<RecordedRequest> calls = this.harness.requests("/2/users/me");
		assertThat(calls).hasSize(2);
		assertThat(PresetHarness.target(calls.get(0))).isEqualTo("https://api.x.com/2/users/me");
		assertThat(PresetHarness.query(calls.get(0))).containsEntry("user.fields", "profile_image_url");
		assertThat(PresetHarness.query(calls.get(1))).containsEntry("user.fields", "confirmed_email");
		assertThat(calls)
			.allSatisfy((call) -> assertThat(call.getHeaders().get("Authorization")).isEqualTo("Bearer t1"));
	}

	@Test
	void withoutConfirmedEmailThereIsNoEmailAndTheUsernameIsNotOne() {
		this.harness.json("/2/users/me", ME.replace(",\n\"confirmed_email\":\"dev@example.com\"", ""));
		OAuthUserInfo user = this.harness.userInfo(this.twitter, tokens());
		assertThat(user.id()).isEqualTo("2244994945");
		assertThat(user.email()).isNull();
		assertThat(user.emailVerified()).isFalse();
	}

	@Test
	void nameFallsBackToTheUsername() {
		this.harness.json("/2/users/me", "{\"data\":{\"id\":\"2244994945\",\"username\":\"XDevelopers\"}}");
		OAuthUserInfo user = this.harness.userInfo(this.twitter, tokens());
		assertThat(user.name()).isEqualTo("XDevelopers");
		assertThat(user.email()).isNull();
	}

	private static TokenSet tokens() {
		return new TokenSet("t1", null, null, null, null, null);
	}

}
