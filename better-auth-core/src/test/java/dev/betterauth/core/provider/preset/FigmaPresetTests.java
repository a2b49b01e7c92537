package dev.betterauth.core.provider.preset;

import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FigmaPresetTests {

	private static final String ME = """
			{"id":"1234567890123456789","email":"jane@example.com","handle":"Jane Doe",
			"img_url":"https://s3-alpha.figma.com/profile/0a1b2c3d-4e5f-6789-abcd-ef0123456789"}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider figma = this.harness.provider(new FigmaPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlIsOnWwwWithPkce() {
		String url = this.harness.authorizationUrl(this.figma);
		assertThat(url).startsWith("https://www.figma.com/oauth?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "current_user:read")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge");
	}

	@Test
	void tokenRequestAuthenticatesWithBasicOnTheApiHost() {
		this.harness.json("/v1/oauth/token",
				"{\"access_token\":\"figu_1\",\"refresh_token\":\"rt\",\"expires_in\":7776000}");
		this.harness.exchange(this.figma);
		RecordedRequest request = this.harness.request("/v1/oauth/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.figma.com/v1/oauth/token");
		assertThat(PresetHarness.basicCredentials(request)).isEqualTo("client-id:client-secret");
		assertThat(PresetHarness.form(request)).doesNotContainKeys("client_id", "client_secret")
			.containsEntry("code", "the-code")
			.containsEntry("code_verifier", "the-verifier");
	}

	@Test
	void refreshAuthenticatesWithBasicToo() {
		this.harness.json("/v1/oauth/token", "{\"access_token\":\"figu_2\"}");
		this.harness.refresh(this.figma);
		RecordedRequest request = this.harness.request("/v1/oauth/token");
		assertThat(PresetHarness.basicCredentials(request)).isEqualTo("client-id:client-secret");
		assertThat(PresetHarness.form(request)).containsEntry("grant_type", "refresh_token")
			.doesNotContainKeys("client_id", "client_secret");
	}

	@Test
	void profileNamesTheUserByHandle() {
		this.harness.json("/v1/me", ME);
		OAuthUserInfo user = this.harness.userInfo(this.figma, new TokenSet("figu_1", null, null, null, null, null));
		assertThat(user.id()).isEqualTo("1234567890123456789");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("Jane Doe");
		assertThat(user.image()).isEqualTo("https://s3-alpha.figma.com/profile/0a1b2c3d-4e5f-6789-abcd-ef0123456789");
		RecordedRequest me = this.harness.request("/v1/me");
		assertThat(PresetHarness.target(me)).isEqualTo("https://api.figma.com/v1/me");
		assertThat(me.getHeaders().get("Authorization")).isEqualTo("Bearer figu_1");
	}

	@Test
	void aClientSecretIsRequired() {
		ProviderRegistration.Builder builder = ProviderRegistration.builder("figma").clientId("client-id");
		assertThatExceptionOfType(PresetOptionException.class)
			.isThrownBy(() -> new FigmaPreset().configure(builder, PresetOptions.NONE))
			.satisfies((ex) -> assertThat(ex.option()).isEqualTo("client-secret"));
	}

}
