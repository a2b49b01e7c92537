package dev.betterauth.core.provider.preset;

import java.util.List;
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

class TikTokPresetTests {

	private static final String USER = """
			{"data":{"user":{"open_id":"723f24d7-e717-40f8-a2b6-cb8464cd23b4",
			"avatar_large_url":"https://p16-sign.tiktokcdn-us.com/avatar_large.jpeg",
			"display_name":"Tik Toker","username":"tiktoker01"}},
			"error":{"code":"ok","message":"","log_id":"20220829194722CBE87ED59D524E727021"}}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider tiktok = this.harness.provider(new TikTokPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlNamesTheClientKeyJoinsScopesWithCommasAndHasNoPkce() {
		String url = this.harness.authorizationUrl(this.tiktok);
		assertThat(url).startsWith("https://www.tiktok.com/v2/auth/authorize?");
		Map<String, String> query = PresetHarness.query(url);
		assertThat(query).containsEntry("client_key", "client-id")
			.doesNotContainKey("client_id")
			.containsEntry("scope", "user.info.basic,user.info.profile")
			.containsEntry("response_type", "code")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/tiktok")
			.containsKey("state")
			.doesNotContainKey("code_challenge")
			.doesNotContainKey("nonce");
		// Renamed in place: the key still comes right after response_type.
		assertThat(List.copyOf(query.keySet()).subList(0, 2)).containsExactly("response_type", "client_key");
	}

	@Test
	void tokenRequestSendsTheClientKeyAndSecretInTheBody() {
		this.harness.json("/v2/oauth/token/",
				"{\"access_token\":\"act.1\",\"expires_in\":86400,\"open_id\":\"723f24d7-e717-40f8-a2b6-cb8464cd23b4\","
						+ "\"refresh_expires_in\":31536000,\"refresh_token\":\"rft.1\","
						+ "\"scope\":\"user.info.basic,user.info.profile\",\"token_type\":\"Bearer\"}");
		TokenSet tokens = this.harness.exchange(this.tiktok);
		RecordedRequest request = this.harness.request("/v2/oauth/token/");
		assertThat(PresetHarness.target(request)).isEqualTo("https://open.tiktokapis.com/v2/oauth/token/");
		assertThat(PresetHarness.form(request)).containsEntry("client_key", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("grant_type", "authorization_code")
			.containsEntry("code", "the-code")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/tiktok")
			.doesNotContainKey("client_id")
			.doesNotContainKey("code_verifier");
		assertThat(request.getHeaders().get("Authorization")).isNull();
		assertThat(tokens.scopes()).containsExactly("user.info.basic", "user.info.profile");
	}

	@Test
	void refreshSendsTheClientKeyToo() {
		this.harness.json("/v2/oauth/token/", "{\"access_token\":\"act.2\",\"refresh_token\":\"rft.2\"}");
		this.harness.refresh(this.tiktok);
		assertThat(PresetHarness.form(this.harness.request("/v2/oauth/token/")))
			.containsEntry("grant_type", "refresh_token")
			.containsEntry("refresh_token", "the-refresh-token")
			.containsEntry("client_key", "client-id")
			.containsEntry("client_secret", "client-secret")
			.doesNotContainKey("client_id");
	}

	@Test
	void userIsReadFromTheWrappedAnswerWithoutEmail() {
		this.harness.json("/v2/user/info/", USER);
		OAuthUserInfo user = this.harness.userInfo(this.tiktok,
				tokens(List.of("user.info.basic", "user.info.profile")));
		assertThat(user.id()).isEqualTo("723f24d7-e717-40f8-a2b6-cb8464cd23b4");
		assertThat(user.email()).isNull();
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("Tik Toker");
		assertThat(user.image()).isEqualTo("https://p16-sign.tiktokcdn-us.com/avatar_large.jpeg");
		RecordedRequest request = this.harness.request("/v2/user/info/");
		assertThat(PresetHarness.target(request)).isEqualTo("https://open.tiktokapis.com/v2/user/info/");
		assertThat(PresetHarness.query(request)).containsEntry("fields",
				"open_id,avatar_large_url,display_name,username");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer act.1");
	}

	@Test
	void withoutTheProfileScopeTheUsernameIsNotAskedFor() {
		this.harness.json("/v2/user/info/", USER);
		this.harness.userInfo(this.tiktok, tokens(List.of("user.info.basic")));
		assertThat(PresetHarness.query(this.harness.request("/v2/user/info/"))).containsEntry("fields",
				"open_id,avatar_large_url,display_name");
	}

	@Test
	void nameFallsBackToTheUsernameNeverToAnEmail() {
		this.harness.json("/v2/user/info/", USER.replace("\"display_name\":\"Tik Toker\",", ""));
		OAuthUserInfo user = this.harness.userInfo(this.tiktok, tokens(List.of("user.info.profile")));
		assertThat(user.name()).isEqualTo("tiktoker01");
		assertThat(user.email()).isNull();
	}

	@Test
	void errorCodeInTheAnswerFailsTheSignIn() {
		this.harness.json("/v2/user/info/", """
				{"data":{},"error":{"code":"scope_not_authorized","message":"not authorized","log_id":"1"}}""");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.tiktok, tokens(List.of("user.info.basic"))))
			.withMessageContaining("scope_not_authorized");
	}

	private static TokenSet tokens(List<String> scopes) {
		return new TokenSet("act.1", null, null, null, null, scopes);
	}

}
