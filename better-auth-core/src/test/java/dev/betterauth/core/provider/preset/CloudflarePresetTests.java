package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CloudflarePresetTests {

	private static final String USER = """
			{"success":true,"errors":[],"messages":[],"result":{"id":"7c5dae5552338874e5053f2534d2767a",
			"email":"jane@example.com","first_name":"Jane","last_name":"Doe","country":"US","telephone":null,
			"zipcode":"94107","two_factor_authentication_enabled":true,"suspended":false}}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider cloudflare = this.harness.provider(new CloudflarePreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlAsksForUserDetailsWithPkce() {
		String url = this.harness.authorizationUrl(this.cloudflare);
		assertThat(url).startsWith("https://dash.cloudflare.com/oauth2/auth?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "user-details.read")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge");
	}

	@Test
	void confidentialClientAuthenticatesWithBasic() {
		this.harness.json("/oauth2/token", "{\"access_token\":\"at-1\"}");
		this.harness.exchange(this.cloudflare);
		RecordedRequest request = this.harness.request("/oauth2/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://dash.cloudflare.com/oauth2/token");
		assertThat(PresetHarness.basicCredentials(request)).isEqualTo("client-id:client-secret");
		assertThat(PresetHarness.form(request)).doesNotContainKeys("client_id", "client_secret")
			.containsEntry("code_verifier", "the-verifier");
	}

	@Test
	void refreshAuthenticatesWithBasicToo() {
		this.harness.json("/oauth2/token", "{\"access_token\":\"at-2\"}");
		this.harness.refresh(this.cloudflare);
		RecordedRequest request = this.harness.request("/oauth2/token");
		assertThat(PresetHarness.basicCredentials(request)).isEqualTo("client-id:client-secret");
		assertThat(PresetHarness.form(request)).containsEntry("grant_type", "refresh_token")
			.doesNotContainKey("client_secret");
	}

	@Test
	void publicClientSendsItsIdAloneInTheBody() {
		ProviderRegistration.Builder builder = ProviderRegistration.builder("cloudflare").clientId("client-id");
		new CloudflarePreset().configure(builder, PresetOptions.NONE);
		OAuthProvider provider = new OAuthProvider(builder.build(), (uri) -> Map.of());
		this.harness.json("/oauth2/token", "{\"access_token\":\"at-1\"}");
		this.harness.exchange(provider);
		RecordedRequest request = this.harness.request("/oauth2/token");
		assertThat(request.getHeaders().get("Authorization")).isNull();
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.doesNotContainKey("client_secret")
			.containsEntry("code_verifier", "the-verifier");
	}

	@Test
	void userIsReadFromTheRestApiEnvelope() {
		this.harness.json("/client/v4/user", USER);
		OAuthUserInfo user = this.harness.userInfo(this.cloudflare, tokens());
		assertThat(user.id()).isEqualTo("7c5dae5552338874e5053f2534d2767a");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("Jane Doe");
		assertThat(user.image()).isNull();
		assertThat(user.profile()).containsEntry("country", "US");
		RecordedRequest request = this.harness.request("/client/v4/user");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.cloudflare.com/client/v4/user");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer at-1");
	}

	@Test
	void nameFallsBackToTheEmail() {
		this.harness.json("/client/v4/user", USER.replace("\"first_name\":\"Jane\"", "\"first_name\":null")
			.replace("\"last_name\":\"Doe\"", "\"x\":1"));
		assertThat(this.harness.userInfo(this.cloudflare, tokens()).name()).isEqualTo("jane@example.com");
	}

	@Test
	void answerWithoutSuccessIsAFailure() {
		this.harness.json("/client/v4/user",
				"{\"success\":false,\"errors\":[{\"code\":9109,\"message\":\"Unauthorized\"}],\"result\":null}");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.cloudflare, tokens()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("unable_to_get_user_info"));
	}

	private static TokenSet tokens() {
		return new TokenSet("at-1", null, null, null, null, null);
	}

}
