package dev.betterauth.autoconfigure.e2e;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import dev.betterauth.core.AuthJson;
import dev.betterauth.core.jdbc.QuotedSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Presets through the whole starter over HTTP: {@code github} configured with a client id
 * and secret (endpoints pointed at a fake) reads the private address from
 * {@code /user/emails}; a second GitHub app under another id ({@code type: github});
 * {@code tiktok}, which gives no email, gets a placeholder address that is not verified.
 */
class PresetFlowTests {

	private final FakeProvider provider = new FakeProvider();

	private RunningApp app;

	@AfterEach
	void close() throws Exception {
		if (this.app != null) {
			this.app.close();
		}
		this.provider.server.close();
	}

	@Test
	void gitHubPresetSignsInAUserWithAPrivateAddress() throws Exception {
		this.app = new RunningApp(properties());
		this.provider.serve("/login/oauth/access_token",
				"{\"access_token\":\"gho_1\",\"scope\":\"read:user,user:email\"}");
		this.provider.serve("/user", "{\"id\":583231,\"login\":\"octocat\",\"name\":null,\"email\":null,"
				+ "\"avatar_url\":\"https://avatars.example.com/u/583231\"}");
		this.provider.serve("/user/emails", "[{\"email\":\"octocat@github.com\",\"primary\":true,\"verified\":true}]");
		JsonNode session = signIn("github", "");
		assertThat(session.get("user").get("email").asString()).isEqualTo("octocat@github.com");
		assertThat(session.get("user").get("emailVerified").asBoolean()).isTrue();
		assertThat(session.get("user").get("name").asString()).isEqualTo("octocat");
		assertThat(this.provider.requests("/user/emails")).singleElement()
			.satisfies((request) -> assertThat(request.getHeaders().get("User-Agent")).isNotBlank());
	}

	@Test
	void aSecondGitHubAppUnderAnotherIdUsesThePresetWithItsOwnClient() throws Exception {
		this.app = new RunningApp(properties());
		this.provider.serve("/login/oauth/access_token", "{\"access_token\":\"gho_2\"}");
		this.provider.serve("/user", "{\"id\":7,\"login\":\"hubot\",\"email\":\"hubot@example.com\"}");
		this.provider.serve("/user/emails", "[{\"email\":\"hubot@example.com\",\"primary\":true,\"verified\":false}]");
		JsonNode session = signIn("github-enterprise", "");
		assertThat(session.get("user").get("email").asString()).isEqualTo("hubot@example.com");
		assertThat(session.get("user").get("emailVerified").asBoolean()).isFalse();
		String form = this.provider.requests("/login/oauth/access_token").get(0).getBody().utf8();
		assertThat(form).contains("client_id=ghe-client");
		assertThat(this.app.jdbc()
			.queryForObject(new QuotedSql(this.app.jdbc()).sql("select `providerId` from `account`"), String.class))
			.isEqualTo("github-enterprise");
	}

	@Test
	void aProviderWithoutEmailGetsAnUnverifiedPlaceholder() throws Exception {
		this.app = new RunningApp(properties());
		this.provider.serve("/v2/oauth/token/",
				"{\"access_token\":\"act.1\",\"open_id\":\"open-7\",\"scope\":\"user.info.basic\"}");
		this.provider.serve("/v2/user/info/", "{\"data\":{\"user\":{\"open_id\":\"open-7\",\"display_name\":\"Tik\"}},"
				+ "\"error\":{\"code\":\"ok\"}}");
		JsonNode session = signIn("tiktok", "");
		assertThat(session.get("user").get("email").asString()).isEqualTo("open-7@tiktok.invalid");
		assertThat(session.get("user").get("emailVerified").asBoolean()).isFalse();
		assertThat(session.get("user").get("name").asString()).isEqualTo("Tik");
	}

	private Map<String, Object> properties() {
		Map<String, Object> properties = RunningApp.properties(Database.H2, "presets_" + System.nanoTime(),
				this.provider);
		properties.put("better-auth.providers.github.client-id", "gh-client");
		properties.put("better-auth.providers.github.client-secret", "gh-secret");
		properties.put("better-auth.providers.github.auth-url", this.provider.url("/login/oauth/authorize"));
		properties.put("better-auth.providers.github.token-url", this.provider.url("/login/oauth/access_token"));
		properties.put("better-auth.providers.github.user-info-url", this.provider.url("/user"));
		properties.put("better-auth.providers.github-enterprise.type", "github");
		properties.put("better-auth.providers.github-enterprise.client-id", "ghe-client");
		properties.put("better-auth.providers.github-enterprise.client-secret", "ghe-secret");
		properties.put("better-auth.providers.github-enterprise.auth-url", this.provider.url("/login/oauth/authorize"));
		properties.put("better-auth.providers.github-enterprise.token-url",
				this.provider.url("/login/oauth/access_token"));
		properties.put("better-auth.providers.github-enterprise.user-info-url", this.provider.url("/user"));
		properties.put("better-auth.providers.tiktok.client-id", "tt-key");
		properties.put("better-auth.providers.tiktok.client-secret", "tt-secret");
		properties.put("better-auth.providers.tiktok.auth-url", this.provider.url("/v2/auth/authorize/"));
		properties.put("better-auth.providers.tiktok.token-url", this.provider.url("/v2/oauth/token/"));
		properties.put("better-auth.providers.tiktok.user-info-url", this.provider.url("/v2/user/info/"));
		return properties;
	}

	/** The whole redirect flow; answers the session as get-session shows it. */
	private JsonNode signIn(String providerId, String query) throws Exception {
		HttpResponse<String> start = this.app.post("/api/auth/sign-in/social", null,
				"{\"provider\":\"" + providerId + "\"}");
		assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
		String url = AuthJson.mapper().readTree(start.body()).get("url").asString();
		String state = AbstractOAuthFlowTests.query(URI.create(url)).get("state");
		HttpResponse<String> callback = this.app.get(
				"/api/auth/callback/" + providerId + "?code=c&state=" + state + query,
				RunningApp.cookie(start, "better-auth.state"));
		String location = callback.headers().firstValue("Location").orElse("");
		assertThat(location).doesNotContain("error=");
		String session = RunningApp.cookie(callback, "better-auth.session_token");
		return AuthJson.mapper().readTree(this.app.get("/api/auth/get-session", session).body());
	}

}
