package dev.betterauth.core.provider.preset;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AtlassianPresetTests {

	private static final String ME = """
			{"account_type":"atlassian","account_id":"5b10ac8d82e05b22cc7d4ef5","email":"jane@example.com",
			"name":"Jane Doe",
			"picture":"https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/5b10ac8d82e05b22cc7d4ef5/abc.png",
			"nickname":"jane","locale":"en-US","extended_profile":{"job_title":"Engineer","organization":"example.com",
			"department":"R&D","location":"Sydney"}}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider atlassian = this.harness.provider(new AtlassianPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlNamesTheApiAudienceAndUsesPkce() {
		String url = this.harness.authorizationUrl(this.atlassian);
		assertThat(url).startsWith("https://auth.atlassian.com/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "read:jira-user offline_access")
			.containsEntry("audience", "api.atlassian.com")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.doesNotContainKey("prompt");
	}

	@Test
	void promptIsSentWhenConfigured() {
		OAuthProvider provider = this.harness.provider("atlassian", new AtlassianPreset(), Map.of("prompt", "consent"));
		assertThat(PresetHarness.query(this.harness.authorizationUrl(provider))).containsEntry("prompt", "consent");
	}

	@Test
	void signInParametersCannotChangeTheAudience() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("audience", "other.example.com");
		this.atlassian.registration().quirks().authorizationParameters(parameters, this.atlassian.registration());
		assertThat(parameters).containsEntry("audience", "api.atlassian.com");
	}

	@Test
	void tokenRequestSendsCredentialsInTheBodyWithTheVerifier() {
		this.harness.json("/oauth/token", "{\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\",\"expires_in\":3600}");
		TokenSet tokens = this.harness.exchange(this.atlassian);
		RecordedRequest request = this.harness.request("/oauth/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://auth.atlassian.com/oauth/token");
		assertThat(PresetHarness.form(request)).containsEntry("grant_type", "authorization_code")
			.containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code", "the-code")
			.containsEntry("code_verifier", "the-verifier");
		assertThat(request.getHeaders().get("Authorization")).isNull();
		assertThat(tokens.refreshToken()).isEqualTo("rt-1");
	}

	@Test
	void refreshSendsCredentialsInTheBody() {
		this.harness.json("/oauth/token", "{\"access_token\":\"at-2\"}");
		this.harness.refresh(this.atlassian);
		assertThat(PresetHarness.form(this.harness.request("/oauth/token")))
			.containsEntry("grant_type", "refresh_token")
			.containsEntry("refresh_token", "the-refresh-token")
			.containsEntry("client_secret", "client-secret");
	}

	@Test
	void profileIsMappedAndItsEmailNeverCountsAsVerified() {
		this.harness.json("/me", ME);
		OAuthUserInfo user = this.harness.userInfo(this.atlassian, new TokenSet("at-1", null, null, null, null, null));
		assertThat(user.id()).isEqualTo("5b10ac8d82e05b22cc7d4ef5");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("Jane Doe");
		assertThat(user.image()).isEqualTo(
				"https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/5b10ac8d82e05b22cc7d4ef5/abc.png");
		assertThat(user.profile()).containsKey("extended_profile");
		RecordedRequest me = this.harness.request("/me");
		assertThat(PresetHarness.target(me)).isEqualTo("https://api.atlassian.com/me");
		assertThat(me.getHeaders().get("Authorization")).isEqualTo("Bearer at-1");
	}

	@Test
	void aClientSecretIsRequired() {
		ProviderRegistration.Builder builder = ProviderRegistration.builder("atlassian").clientId("client-id");
		assertThatExceptionOfType(PresetOptionException.class)
			.isThrownBy(() -> new AtlassianPreset().configure(builder, PresetOptions.NONE))
			.satisfies((ex) -> assertThat(ex.option()).isEqualTo("client-secret"));
	}

}
