package dev.betterauth.core.provider.preset;

import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedditPresetTests {

	private static final String ME = """
			{"id":"1w72","name":"spez",
			"icon_img":"https://styles.redditmedia.com/t5_3k30p/styles/profileIcon_snoo.png?width=256&amp;height=256&amp;s=abc",
			"has_verified_email":true,"oauth_client_id":"p-jcoLKBynTLew","verified":true}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider reddit = this.harness.provider(new RedditPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlAsksForIdentityWithoutPkce() {
		String url = this.harness.authorizationUrl(this.reddit);
		assertThat(url).startsWith("https://www.reddit.com/api/v1/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "identity")
			.doesNotContainKeys("code_challenge", "code_challenge_method", "nonce");
	}

	@Test
	void tokenRequestUsesBasicAuthenticationAndAUserAgent() {
		this.harness.json("/api/v1/access_token",
				"{\"access_token\":\"rd_at\",\"token_type\":\"bearer\",\"expires_in\":86400,\"scope\":\"identity\"}");
		TokenSet tokens = this.harness.exchange(this.reddit);
		RecordedRequest request = this.harness.request("/api/v1/access_token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://www.reddit.com/api/v1/access_token");
		assertThat(PresetHarness.basicCredentials(request)).isEqualTo("client-id:client-secret");
		assertThat(request.getHeaders().get("User-Agent")).isEqualTo(Presets.USER_AGENT);
		assertThat(PresetHarness.form(request)).containsEntry("grant_type", "authorization_code")
			.containsEntry("code", "the-code")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/reddit")
			.doesNotContainKeys("client_id", "client_secret", "code_verifier");
		assertThat(tokens.scopes()).containsExactly("identity");
	}

	@Test
	void refreshSendsTheUserAgentToo() {
		this.harness.json("/api/v1/access_token", "{\"access_token\":\"rd_at2\"}");
		this.harness.refresh(this.reddit);
		RecordedRequest request = this.harness.request("/api/v1/access_token");
		assertThat(PresetHarness.basicCredentials(request)).isEqualTo("client-id:client-secret");
		assertThat(request.getHeaders().get("User-Agent")).isEqualTo(Presets.USER_AGENT);
	}

	@Test
	void userHasNoEmailAndAnAvatarWithoutQuery() {
		this.harness.json("/api/v1/me", ME);
		OAuthUserInfo user = this.harness.userInfo(this.reddit, new TokenSet("rd_at", null, null, null, null, null));
		assertThat(user.id()).isEqualTo("1w72");
		assertThat(user.email()).isNull();
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("spez");
		assertThat(user.image()).isEqualTo("https://styles.redditmedia.com/t5_3k30p/styles/profileIcon_snoo.png");
		RecordedRequest request = this.harness.request("/api/v1/me");
		assertThat(PresetHarness.target(request)).isEqualTo("https://oauth.reddit.com/api/v1/me");
		assertThat(request.getHeaders().get("User-Agent")).isEqualTo(Presets.USER_AGENT);
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer rd_at");
	}

	@Test
	void userWithoutIconHasNoImage() {
		this.harness.json("/api/v1/me", "{\"id\":\"1w72\",\"name\":\"spez\",\"icon_img\":null}");
		OAuthUserInfo user = this.harness.userInfo(this.reddit, new TokenSet("rd_at", null, null, null, null, null));
		assertThat(user.image()).isNull();
	}

}
