package dev.betterauth.core.provider.preset;

import java.util.HashMap;
import java.util.Map;

import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FacebookPresetTests {

	private static final String DEBUG_TOKEN = """
			{"data":{"app_id":"client-id","type":"USER","application":"MyApp","is_valid":true,
			"user_id":"10158000000000000","scopes":["email","public_profile"],"expires_at":1900000000}}""";

	private static final String ME = """
			{"id":"10158000000000000","name":"Jane Doe","email":"jane@example.com",
			"picture":{"data":{"height":50,"is_silhouette":false,
			"url":"https://platform-lookaside.fbsbx.com/platform/profilepic/?asid=101&height=50&width=50","width":50}}}""";

	private static final String JWKS_PATH = "/.well-known/oauth/openid/jwks/";

	private static final String ACCESS_TOKEN = "EAAGm0PX4ZCpsBAKZA";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider facebook = this.harness.provider("facebook", new FacebookPreset(),
			Map.of("config-id", "cfg-42"));

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlHasSpaceSeparatedScopesNoPkceAndTheConfigId() {
		String url = this.harness.authorizationUrl(this.facebook);
		assertThat(url).startsWith("https://www.facebook.com/v24.0/dialog/oauth?");
		Map<String, String> query = PresetHarness.query(url);
		assertThat(query).containsEntry("client_id", "client-id")
			.containsEntry("scope", "email public_profile")
			.containsEntry("config_id", "cfg-42")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/facebook")
			.doesNotContainKey("code_challenge")
			.doesNotContainKey("code_challenge_method");
	}

	@Test
	void tokenRequestSendsCredentialsInTheBodyWithoutVerifier() {
		this.harness.json("/v24.0/oauth/access_token",
				"{\"access_token\":\"" + ACCESS_TOKEN + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}");
		TokenSet tokens = this.harness.exchange(this.facebook);
		RecordedRequest request = this.harness.request("/v24.0/oauth/access_token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://graph.facebook.com/v24.0/oauth/access_token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code", "the-code")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/facebook")
			.doesNotContainKey("code_verifier");
		assertThat(request.getHeaders().get("Authorization")).isNull();
		assertThat(tokens.accessToken()).isEqualTo(ACCESS_TOKEN);
	}

	@Test
	void userIsReadFromMeWithTheNestedPictureAndAnUnverifiedEmail() {
		this.harness.json("/me", ME);
		OAuthUserInfo user = this.harness.userInfo(this.facebook,
				new TokenSet(ACCESS_TOKEN, null, null, null, null, null));
		assertThat(user.id()).isEqualTo("10158000000000000");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("Jane Doe");
		assertThat(user.image())
			.isEqualTo("https://platform-lookaside.fbsbx.com/platform/profilepic/?asid=101&height=50&width=50");
		RecordedRequest me = this.harness.request("/me");
		assertThat(PresetHarness.target(me)).isEqualTo("https://graph.facebook.com/me");
		assertThat(PresetHarness.query(me)).containsEntry("fields", "id,name,email,picture");
		assertThat(me.getHeaders().get("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
	}

	@Test
	void userWithoutConfirmedEmailHasNone() {
		this.harness.json("/me", "{\"id\":\"10158000000000000\",\"name\":\"Jane Doe\"}");
		OAuthUserInfo user = this.harness.userInfo(this.facebook,
				new TokenSet(ACCESS_TOKEN, null, null, null, null, null));
		assertThat(user.email()).isNull();
		assertThat(user.image()).isNull();
	}

	@Test
	void nativeAccessTokenIsCheckedWithDebugTokenUnderTheAppTokenThenReadFromMe() {
		this.harness.json("/debug_token", DEBUG_TOKEN).json("/me", ME);
		OAuthUserInfo user = this.harness.nativeSignIn(this.facebook, ACCESS_TOKEN, null);
		assertThat(user.id()).isEqualTo("10158000000000000");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.image()).startsWith("https://platform-lookaside.fbsbx.com/");
		assertThat(user.profile()).containsEntry("sub", "10158000000000000").containsEntry("exp", 1900000000L);
		RecordedRequest debug = this.harness.request("/debug_token");
		assertThat(PresetHarness.target(debug)).isEqualTo("https://graph.facebook.com/debug_token");
		assertThat(PresetHarness.query(debug)).containsEntry("input_token", ACCESS_TOKEN)
			.containsEntry("access_token", "client-id|client-secret");
		RecordedRequest me = this.harness.request("/me");
		// No bearer was sent, so the token rides in the query.
		assertThat(PresetHarness.query(me)).containsEntry("access_token", ACCESS_TOKEN)
			.containsEntry("fields", "id,name,email,picture");
		assertThat(me.getHeaders().get("Authorization")).isNull();
	}

	@Test
	void nativeAccessTokenAlsoSentAsAccessTokenGoesAsBearer() {
		this.harness.json("/debug_token", DEBUG_TOKEN).json("/me", ME);
		this.harness.nativeSignIn(this.facebook, ACCESS_TOKEN, ACCESS_TOKEN);
		RecordedRequest me = this.harness.request("/me");
		assertThat(me.getHeaders().get("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
		assertThat(PresetHarness.query(me)).doesNotContainKey("access_token");
	}

	@Test
	void nativeAccessTokenOfAnotherAppIsRefused() {
		this.harness.json("/debug_token", DEBUG_TOKEN.replace("\"app_id\":\"client-id\"", "\"app_id\":\"999\""))
			.json("/me", ME);
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.nativeSignIn(this.facebook, ACCESS_TOKEN, null))
			.withMessageContaining("another app");
		assertThat(this.harness.requests("/me")).isEmpty();
	}

	@Test
	void invalidNativeAccessTokenIsRefused() {
		this.harness.json("/debug_token", DEBUG_TOKEN.replace("\"is_valid\":true", "\"is_valid\":false"));
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.nativeSignIn(this.facebook, ACCESS_TOKEN, null));
	}

	@Test
	void nativeAccessTokenWhoseMeIsAnotherUserIsRefused() {
		this.harness.json("/debug_token", DEBUG_TOKEN).json("/me", ME.replace("10158000000000000", "42"));
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.nativeSignIn(this.facebook, ACCESS_TOKEN, null));
	}

	@Test
	void nativeAccessTokenDifferentFromTheSentAccessTokenIsRefused() {
		this.harness.json("/debug_token", DEBUG_TOKEN).json("/me", ME);
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.nativeSignIn(this.facebook, ACCESS_TOKEN, "EAAotherToken"));
		assertThat(this.harness.requests("/debug_token")).isEmpty();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void debugTokenFailureIsLoggedWithoutTheAppSecret(CapturedOutput output) {
		this.harness.respond("/debug_token",
				new MockResponse.Builder().code(400)
					.setHeader("Content-Type", "application/json")
					.body("{\"error\":{\"code\":190}}")
					.build());
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.nativeSignIn(this.facebook, ACCESS_TOKEN, null));
		assertThat(output).contains("graph.facebook.com/debug_token (query not shown)").doesNotContain("client-secret");
	}

	@Test
	void limitedLoginIdTokenIsVerifiedAgainstFacebooksKeys() {
		this.harness.jwks(JWKS_PATH);
		OAuthUserInfo user = this.harness.nativeSignIn(this.facebook, this.harness.idToken(limitedLogin()), null);
		assertThat(user.id()).isEqualTo("10158000000000000");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("Jane Doe");
		assertThat(user.image()).isEqualTo("https://platform-lookaside.fbsbx.com/platform/profilepic/?asid=101");
		assertThat(PresetHarness.target(this.harness.request(JWKS_PATH)))
			.isEqualTo("https://limited.facebook.com/.well-known/oauth/openid/jwks/");
		assertThat(this.harness.requests("/debug_token")).isEmpty();
	}

	@Test
	void limitedLoginIdTokenOfAnotherIssuerOrAppIsRefused() {
		this.harness.jwks(JWKS_PATH);
		Map<String, Object> otherIssuer = limitedLogin();
		otherIssuer.put("iss", "https://facebook.example.com");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.nativeSignIn(this.facebook, this.harness.idToken(otherIssuer), null));
		Map<String, Object> otherApp = limitedLogin();
		otherApp.put("aud", "999");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.nativeSignIn(this.facebook, this.harness.idToken(otherApp), null));
	}

	private static Map<String, Object> limitedLogin() {
		return new HashMap<>(Map.of("iss", "https://www.facebook.com", "aud", "client-id", "sub", "10158000000000000",
				"email", "jane@example.com", "name", "Jane Doe", "picture",
				"https://platform-lookaside.fbsbx.com/platform/profilepic/?asid=101"));
	}

}
