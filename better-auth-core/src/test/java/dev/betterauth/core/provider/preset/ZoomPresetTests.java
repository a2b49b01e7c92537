package dev.betterauth.core.provider.preset;

import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZoomPresetTests {

	private static final String ME = """
			{"id":"zJKyaiAyTNC-MWjiWC18KQ","account_id":"q6gBJVO5TzexKYTb_I2rpg","display_name":"Jill Chill",
			"first_name":"Jill","last_name":"Chill","email":"jchill@example.com","verified":1,
			"pic_url":"https://us04web.zoom.us/p/v2/abc/def","status":"active","role_name":"Admin"}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider zoom = this.harness.provider(new ZoomPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlHasNoScopeButPkce() {
		String url = this.harness.authorizationUrl(this.zoom);
		assertThat(url).startsWith("https://zoom.us/oauth/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.doesNotContainKeys("scope", "nonce");
	}

	@Test
	void tokenRequestUsesBasicAuthenticationWithVerifier() {
		this.harness.json("/oauth/token", "{\"access_token\":\"zm_at\",\"token_type\":\"bearer\",\"expires_in\":3599,"
				+ "\"refresh_token\":\"zm_rt\",\"scope\":\"user:read:user\"}");
		this.harness.exchange(this.zoom);
		RecordedRequest request = this.harness.request("/oauth/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://zoom.us/oauth/token");
		assertThat(PresetHarness.basicCredentials(request)).isEqualTo("client-id:client-secret");
		assertThat(PresetHarness.form(request)).containsEntry("code", "the-code")
			.containsEntry("code_verifier", "the-verifier")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/zoom")
			.doesNotContainKeys("client_id", "client_secret");
	}

	@Test
	void verifiedOneMeansAVerifiedEmail() {
		this.harness.json("/v2/users/me", ME);
		OAuthUserInfo user = this.harness.userInfo(this.zoom, tokens());
		assertThat(user.id()).isEqualTo("zJKyaiAyTNC-MWjiWC18KQ");
		assertThat(user.email()).isEqualTo("jchill@example.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("Jill Chill");
		assertThat(user.image()).isEqualTo("https://us04web.zoom.us/p/v2/abc/def");
		RecordedRequest request = this.harness.request("/v2/users/me");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.zoom.us/v2/users/me");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer zm_at");
	}

	@Test
	void verifiedZeroMeansUnverified() {
		this.harness.json("/v2/users/me",
				ME.replace("\"verified\":1", "\"verified\":0").replace("\"display_name\":\"Jill Chill\",", ""));
		OAuthUserInfo user = this.harness.userInfo(this.zoom, tokens());
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("Jill Chill");
	}

	private static TokenSet tokens() {
		return new TokenSet("zm_at", null, null, null, null, null);
	}

}
