package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NotionPresetTests {

	private static final String ME = """
			{"object":"user","id":"bot-9a3b","type":"bot","bot":{"owner":{"type":"user","user":{"object":"user",
			"id":"e79a0b74-3aba-4149-9f74-0bb5791a6ee6","type":"person","name":"Avocado Lovelace",
			"avatar_url":"https://s3-us-west-2.amazonaws.com/public.notion-static.com/avatar.png",
			"person":{"email":"avo@example.org"}}}}}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider notion = this.harness.provider(new NotionPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlAsksForAUserOwnedTokenWithoutScopeOrPkce() {
		String url = this.harness.authorizationUrl(this.notion);
		assertThat(url).startsWith("https://api.notion.com/v1/oauth/authorize?");
		Map<String, String> query = PresetHarness.query(url);
		assertThat(query).containsEntry("client_id", "client-id")
			.containsEntry("response_type", "code")
			.containsEntry("owner", "user")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/notion")
			.doesNotContainKeys("scope", "code_challenge", "code_challenge_method", "nonce");
	}

	@Test
	void tokenRequestUsesBasicAuthenticationAndTheNotionVersion() {
		this.harness.json("/v1/oauth/token", "{\"access_token\":\"secret_1\",\"token_type\":\"bearer\"}");
		TokenSet tokens = this.harness.exchange(this.notion);
		RecordedRequest request = this.harness.request("/v1/oauth/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.notion.com/v1/oauth/token");
		assertThat(PresetHarness.basicCredentials(request)).isEqualTo("client-id:client-secret");
		assertThat(PresetHarness.form(request)).containsEntry("grant_type", "authorization_code")
			.containsEntry("code", "the-code")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/notion")
			.doesNotContainKeys("client_id", "client_secret", "code_verifier");
		assertThat(request.getHeaders().get("Notion-Version")).isEqualTo("2022-06-28");
		assertThat(tokens.accessToken()).isEqualTo("secret_1");
	}

	@Test
	void refreshUsesBasicAuthenticationToo() {
		this.harness.json("/v1/oauth/token", "{\"access_token\":\"secret_2\",\"refresh_token\":\"r2\"}");
		this.harness.refresh(this.notion);
		RecordedRequest request = this.harness.request("/v1/oauth/token");
		assertThat(PresetHarness.basicCredentials(request)).isEqualTo("client-id:client-secret");
		assertThat(PresetHarness.form(request)).containsEntry("grant_type", "refresh_token")
			.containsEntry("refresh_token", "the-refresh-token")
			.doesNotContainKey("client_secret");
	}

	@Test
	void userIsTheBotOwnerReadWithTheNotionVersion() {
		this.harness.json("/v1/users/me", ME);
		OAuthUserInfo user = this.harness.userInfo(this.notion, tokens());
		assertThat(user.id()).isEqualTo("e79a0b74-3aba-4149-9f74-0bb5791a6ee6");
		assertThat(user.email()).isEqualTo("avo@example.org");
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("Avocado Lovelace");
		assertThat(user.image()).isEqualTo("https://s3-us-west-2.amazonaws.com/public.notion-static.com/avatar.png");
		assertThat(user.profile()).containsEntry("type", "person");
		RecordedRequest me = this.harness.request("/v1/users/me");
		assertThat(PresetHarness.target(me)).isEqualTo("https://api.notion.com/v1/users/me");
		assertThat(me.getHeaders().get("Notion-Version")).isEqualTo("2022-06-28");
		assertThat(me.getHeaders().get("Authorization")).isEqualTo("Bearer secret_1");
	}

	@Test
	void ownerWithoutEmailHasNoEmail() {
		this.harness.json("/v1/users/me", ME.replace("\"person\":{\"email\":\"avo@example.org\"}", "\"person\":{}"));
		OAuthUserInfo user = this.harness.userInfo(this.notion, tokens());
		assertThat(user.id()).isEqualTo("e79a0b74-3aba-4149-9f74-0bb5791a6ee6");
		assertThat(user.email()).isNull();
	}

	@Test
	void workspaceOwnedIntegrationHasNoUserAndFails() {
		this.harness.json("/v1/users/me",
				"{\"object\":\"user\",\"id\":\"bot-1\",\"type\":\"bot\",\"bot\":{\"owner\":{\"type\":\"workspace\","
						+ "\"workspace\":true}}}");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.notion, tokens()));
	}

	private static TokenSet tokens() {
		return new TokenSet("secret_1", null, null, null, null, null);
	}

}
