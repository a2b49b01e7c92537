package dev.betterauth.core.provider.preset;

import java.util.List;
import java.util.Map;

import dev.betterauth.core.AuthJson;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;

class LinearPresetTests {

	private static final String VIEWER = """
			{"data":{"viewer":{"id":"2f1a7c9e-4b3d-4e8a-9c21-5d6f7a8b9c0d","name":"Jane Doe","email":"jane@example.com",
			"avatarUrl":"https://public.linear.app/avatars/2f1a7c9e.png","active":true,
			"createdAt":"2023-03-01T10:00:00.000Z","updatedAt":"2024-06-01T12:34:56.000Z"}}}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider linear = this.harness.provider(new LinearPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlAsksToReadWithoutPkce() {
		String url = this.harness.authorizationUrl(this.linear);
		assertThat(url).startsWith("https://linear.app/oauth/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "read")
			.doesNotContainKeys("code_challenge", "code_challenge_method");
	}

	@Test
	void scopesAreJoinedWithCommas() {
		ProviderPreset withWrite = new ProviderPreset() {

			@Override
			public String type() {
				return "linear";
			}

			@Override
			public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
				new LinearPreset().configure(provider, options);
				provider.addScopes(List.of("write", "issues:create"));
			}

		};
		String url = this.harness.authorizationUrl(this.harness.provider(withWrite));
		assertThat(PresetHarness.query(url)).containsEntry("scope", "read,write,issues:create");
	}

	@Test
	void tokenRequestSendsCredentialsInTheBodyWithoutVerifier() {
		this.harness.json("/oauth/token",
				"{\"access_token\":\"lin_oauth_1\",\"token_type\":\"Bearer\",\"expires_in\":86399,"
						+ "\"scope\":\"read\",\"refresh_token\":\"rt\"}");
		this.harness.exchange(this.linear);
		RecordedRequest request = this.harness.request("/oauth/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.linear.app/oauth/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.doesNotContainKey("code_verifier");
	}

	@Test
	void viewerIsMappedAndIsTheRawProfile() {
		OAuthUserInfo user = LinearPreset.fromAnswer(json(VIEWER));
		assertThat(user).isNotNull();
		assertThat(user.id()).isEqualTo("2f1a7c9e-4b3d-4e8a-9c21-5d6f7a8b9c0d");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("Jane Doe");
		assertThat(user.image()).isEqualTo("https://public.linear.app/avatars/2f1a7c9e.png");
		assertThat(user.profile()).containsEntry("active", true).doesNotContainKey("data");
	}

	@Test
	void graphQlErrorAnsweredWith200IsNoUser() {
		assertThat(LinearPreset.fromAnswer(json("{\"errors\":[{\"message\":\"Authentication required\"}]}"))).isNull();
	}

	@Test
	void viewerQueryAsksForWhatTheMappingReads() {
		assertThat(json(LinearPreset.VIEWER_QUERY)).extractingByKey("query")
			.asString()
			.contains("viewer", "id", "name", "email", "avatarUrl");
	}

	@Test
	void theViewerQueryIsPostedAsJsonWithTheToken() {
		this.harness.json("/graphql", VIEWER);
		OAuthUserInfo user = this.harness.userInfo(this.linear,
				new TokenSet("lin_oauth_1", null, null, null, null, null));
		assertThat(user.email()).isEqualTo("jane@example.com");
		RecordedRequest request = this.harness.request("/graphql");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.linear.app/graphql");
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer lin_oauth_1");
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(json(request.getBody().utf8())).containsKey("query");
	}

	private static Map<String, Object> json(String json) {
		return AuthJson.mapper().readValue(json, new TypeReference<Map<String, Object>>() {
		});
	}

}
