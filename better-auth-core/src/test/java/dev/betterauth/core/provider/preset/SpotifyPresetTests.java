package dev.betterauth.core.provider.preset;

import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpotifyPresetTests {

	private static final String ME = """
			{"id":"wizzler","display_name":"JM Wizzler","email":"email@example.com",
			"images":[{"url":"https://i.scdn.co/image/ab67616d00001e02ff9ca10b55ce82ae553c8228","height":300,"width":300},
			{"url":"https://i.scdn.co/image/small","height":64,"width":64}]}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider spotify = this.harness.provider(new SpotifyPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlAsksForTheEmailWithPkce() {
		String url = this.harness.authorizationUrl(this.spotify);
		assertThat(url).startsWith("https://accounts.spotify.com/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "user-read-email")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.doesNotContainKey("nonce");
	}

	@Test
	void tokenRequestSendsCredentialsAndVerifierInTheBody() {
		this.harness.json("/api/token", "{\"access_token\":\"BQ1\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
				+ "\"scope\":\"user-read-email\"}");
		this.harness.exchange(this.spotify);
		RecordedRequest request = this.harness.request("/api/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://accounts.spotify.com/api/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code_verifier", "the-verifier");
	}

	@Test
	void userHasTheFirstImageAndAnUnverifiedEmail() {
		this.harness.json("/v1/me", ME);
		OAuthUserInfo user = this.harness.userInfo(this.spotify, tokens());
		assertThat(user.id()).isEqualTo("wizzler");
		assertThat(user.email()).isEqualTo("email@example.com");
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("JM Wizzler");
		assertThat(user.image()).isEqualTo("https://i.scdn.co/image/ab67616d00001e02ff9ca10b55ce82ae553c8228");
		RecordedRequest request = this.harness.request("/v1/me");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.spotify.com/v1/me");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer BQ1");
	}

	@Test
	void userWithoutImagesHasNoImage() {
		this.harness.json("/v1/me", "{\"id\":\"wizzler\",\"display_name\":\"JM Wizzler\",\"images\":[]}");
		OAuthUserInfo user = this.harness.userInfo(this.spotify, tokens());
		assertThat(user.image()).isNull();
		assertThat(user.email()).isNull();
	}

	private static TokenSet tokens() {
		return new TokenSet("BQ1", null, null, null, null, null);
	}

}
