package dev.betterauth.core.provider.preset;

import java.util.LinkedHashMap;
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

class CognitoPresetTests {

	private static final String ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Example";

	private static final String JWKS_PATH = "/us-east-1_Example/.well-known/jwks.json";

	private static final String SUB = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider cognito = this.harness.provider("cognito", new CognitoPreset(),
			Map.of("domain", "https://my-app.auth.us-east-1.amazoncognito.com/", "region", "us-east-1", "user-pool-id",
					"us-east-1_Example", "identity-provider", "Google"));

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlPutsTheScopeLastWithPercentTwenty() {
		String url = this.harness.authorizationUrl(this.cognito);
		assertThat(url).startsWith("https://my-app.auth.us-east-1.amazoncognito.com/oauth2/authorize?");
		assertThat(url).endsWith("&scope=openid%20profile%20email").doesNotContain("+");
		Map<String, String> query = PresetHarness.query(url);
		assertThat(query).containsEntry("client_id", "client-id")
			.containsEntry("scope", "openid profile email")
			.containsEntry("identity_provider", "Google")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/cognito")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.containsKey("nonce");
	}

	@Test
	void scopeQuirkLeavesOtherParametersAsTheyWere() {
		String url = new CognitoPreset.ScopeLast()
			.authorizationUrl("https://d.example/oauth2/authorize?scope=openid+a%2Bb&state=s&redirect_uri=x");
		assertThat(url).isEqualTo("https://d.example/oauth2/authorize?state=s&redirect_uri=x&scope=openid%20a%2Bb");
	}

	@Test
	void settingsAreRequiredAndChecked() {
		assertThatExceptionOfType(PresetOptionException.class)
			.isThrownBy(() -> this.harness.provider("cognito", new CognitoPreset(),
					Map.of("domain", "d.example", "region", "us-east-1")))
			.satisfies((ex) -> assertThat(ex.option()).isEqualTo("user-pool-id"));
		assertThatExceptionOfType(PresetOptionException.class)
			.isThrownBy(() -> this.harness.provider("cognito", new CognitoPreset(),
					Map.of("domain", "d.example", "region", "eu-west-1", "user-pool-id", "us-east-1_Example")))
			.satisfies((ex) -> assertThat(ex.option()).isEqualTo("user-pool-id"));
		assertThatExceptionOfType(PresetOptionException.class)
			.isThrownBy(() -> this.harness.provider("cognito", new CognitoPreset(),
					Map.of("region", "us-east-1", "user-pool-id", "us-east-1_Example")))
			.satisfies((ex) -> assertThat(ex.option()).isEqualTo("domain"));
	}

	@Test
	void tokenRequestSendsCredentialsInTheBody() {
		this.harness.json("/oauth2/token", "{\"access_token\":\"at\",\"token_type\":\"Bearer\"}");
		this.harness.exchange(this.cognito);
		RecordedRequest request = this.harness.request("/oauth2/token");
		assertThat(PresetHarness.target(request))
			.isEqualTo("https://my-app.auth.us-east-1.amazoncognito.com/oauth2/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code_verifier", "the-verifier")
			.containsEntry("code", "the-code");
	}

	@Test
	void verifiedIdTokenWithEmailIsMappedWithoutAUserinfoCall() {
		this.harness.jwks(JWKS_PATH);
		OAuthUserInfo user = this.harness.userInfo(this.cognito, tokens(claims()));
		assertThat(user.id()).isEqualTo(SUB);
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("Jane");
		assertThat(user.profile()).containsEntry("cognito:username", "jane");
		assertThat(PresetHarness.target(this.harness.request(JWKS_PATH)))
			.isEqualTo("https://cognito-idp.us-east-1.amazonaws.com" + JWKS_PATH);
		assertThat(this.harness.requests("/oauth2/userInfo")).isEmpty();
	}

	@Test
	void idTokenOfAnotherUserPoolIsRefused() {
		this.harness.jwks(JWKS_PATH);
		Map<String, Object> claims = claims();
		claims.put("iss", "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.cognito, tokens(claims)))
			.satisfies((ex) -> assertThat(ex.description()).contains("issuer"));
	}

	@Test
	void withoutEmailInTheIdTokenUserinfoIsReadAndItsStringTrueCounts() {
		this.harness.jwks(JWKS_PATH)
			.json("/oauth2/userInfo", "{\"sub\":\"" + SUB + "\",\"email\":\"jane@example.com\","
					+ "\"email_verified\":\"true\",\"username\":\"jane\"}");
		Map<String, Object> claims = claims();
		claims.remove("email");
		claims.remove("given_name");
		OAuthUserInfo user = this.harness.userInfo(this.cognito, tokens(claims));
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("jane");
		RecordedRequest userInfo = this.harness.request("/oauth2/userInfo");
		assertThat(PresetHarness.target(userInfo))
			.isEqualTo("https://my-app.auth.us-east-1.amazoncognito.com/oauth2/userInfo");
		assertThat(userInfo.getHeaders().get("Authorization")).isEqualTo("Bearer at");
	}

	@Test
	void stringFalseIsNotVerified() {
		this.harness.json("/oauth2/userInfo",
				"{\"sub\":\"" + SUB + "\",\"email\":\"jane@example.com\",\"email_verified\":\"false\"}");
		OAuthUserInfo user = this.harness.userInfo(this.cognito, new TokenSet("at", null, null, null, null, null));
		assertThat(user.id()).isEqualTo(SUB);
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isNull();
	}

	private static Map<String, Object> claims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", ISSUER);
		claims.put("aud", "client-id");
		claims.put("sub", SUB);
		claims.put("token_use", "id");
		claims.put("email", "jane@example.com");
		claims.put("email_verified", true);
		claims.put("cognito:username", "jane");
		claims.put("given_name", "Jane");
		claims.put("family_name", "Doe");
		return claims;
	}

	private TokenSet tokens(Map<String, Object> claims) {
		return new TokenSet("at", null, this.harness.idToken(claims), null, null, null);
	}

}
