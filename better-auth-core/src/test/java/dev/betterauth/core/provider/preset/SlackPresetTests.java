package dev.betterauth.core.provider.preset;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SlackPresetTests {

	private static final String USERINFO = """
			{"ok":true,"sub":"U0R7JM","https://slack.com/user_id":"U0R7JM","https://slack.com/team_id":"T0R7GR",
			"email":"krane@slack-corp.com","email_verified":true,"date_email_verified":1622128723,"name":"krane",
			"picture":"https://secure.gravatar.com/avatar/cb0c.jpg?s=512","given_name":"Bront",
			"family_name":"Labradoodle","locale":"en-US","https://slack.com/team_name":"kraneflannel",
			"https://slack.com/user_image_512":"https://secure.gravatar.com/avatar/cb0c.jpg?s=512"}""";

	private final PresetHarness harness = new PresetHarness().jwks("/openid/connect/keys");

	private final OAuthProvider slack = this.harness.provider(new SlackPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlAsksForOpenIdWithoutPkce() {
		String url = this.harness.authorizationUrl(this.slack);
		assertThat(url).startsWith("https://slack.com/openid/connect/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "openid profile email")
			.containsKey("nonce")
			.doesNotContainKeys("code_challenge", "code_challenge_method");
	}

	@Test
	void tokenRequestSendsCredentialsInTheBody() {
		this.harness.json("/api/openid.connect.token",
				"{\"ok\":true,\"access_token\":\"xoxp-1\",\"token_type\":\"Bearer\"}");
		this.harness.exchange(this.slack);
		RecordedRequest request = this.harness.request("/api/openid.connect.token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://slack.com/api/openid.connect.token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code", "the-code")
			.doesNotContainKey("code_verifier");
	}

	@Test
	void tokenAnswerWithOkFalseIsAFailure() {
		this.harness.json("/api/openid.connect.token", "{\"ok\":false,\"warning\":\"missing_charset\"}");
		assertThatExceptionOfType(ProviderException.class).isThrownBy(() -> this.harness.exchange(this.slack))
			.satisfies((ex) -> assertThat(ex.oauthError()).isEqualTo("ok_false"));
	}

	@Test
	void tokenAnswerWithOkFalseNamesSlacksError() {
		this.harness.json("/api/openid.connect.token", "{\"ok\":false,\"error\":\"invalid_code\"}");
		assertThatExceptionOfType(ProviderException.class).isThrownBy(() -> this.harness.exchange(this.slack))
			.satisfies((ex) -> assertThat(ex.oauthError()).isEqualTo("invalid_code"));
	}

	@Test
	void verifiedIdTokenIsTheProfile() {
		OAuthUserInfo user = this.harness.userInfo(this.slack, tokens(this.harness.idToken(claims())));
		assertThat(user.id()).isEqualTo("U0JM");
		assertThat(user.email()).isEqualTo("bront@slack-corp.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("brent");
		assertThat(user.image()).isEqualTo("https://secure.gravatar.com/avatar/bc512.png");
		assertThat(this.harness.requests("/api/openid.connect.userInfo")).isEmpty();
	}

	@Test
	void idTokenForAnotherClientIsRefused() {
		Map<String, Object> claims = claims();
		claims.put("aud", "another-client");
		String idToken = this.harness.idToken(claims);
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.slack, tokens(idToken)))
			.satisfies((ex) -> assertThat(ex.description()).contains("audience"));
	}

	@Test
	void withoutIdTokenTheUserInfoIsRead() {
		this.harness.json("/api/openid.connect.userInfo", USERINFO.replace("\"picture\"", "\"old_picture\""));
		OAuthUserInfo user = this.harness.userInfo(this.slack, tokens(null));
		assertThat(user.id()).isEqualTo("U0R7JM");
		assertThat(user.email()).isEqualTo("krane@slack-corp.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("krane");
		assertThat(user.image()).isEqualTo("https://secure.gravatar.com/avatar/cb0c.jpg?s=512");
		RecordedRequest request = this.harness.request("/api/openid.connect.userInfo");
		assertThat(PresetHarness.target(request)).isEqualTo("https://slack.com/api/openid.connect.userInfo");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer xoxp-1");
	}

	@Test
	void userInfoWithOkFalseIsAFailure() {
		this.harness.json("/api/openid.connect.userInfo", "{\"ok\":false,\"error\":\"invalid_auth\"}");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.slack, tokens(null)))
			.satisfies((ex) -> assertThat(ex.getCause()).isInstanceOf(ProviderException.class));
	}

	private static Map<String, Object> claims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", "https://slack.com");
		claims.put("aud", "client-id");
		claims.put("sub", "U0R7MFMJM");
		claims.put("https://slack.com/team_id", "T0RR");
		claims.put("https://slack.com/user_id", "U0JM");
		claims.put("email", "bront@slack-corp.com");
		claims.put("email_verified", true);
		claims.put("name", "brent");
		claims.put("https://slack.com/user_image_512", "https://secure.gravatar.com/avatar/bc512.png");
		return claims;
	}

	private static TokenSet tokens(String idToken) {
		return new TokenSet("xoxp-1", null, idToken, null, null, null);
	}

}
