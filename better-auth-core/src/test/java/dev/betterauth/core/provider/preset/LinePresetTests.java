package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LinePresetTests {

	private static final String VERIFIED = """
			{"iss":"https://access.line.me","sub":"U1234567890abcdef1234567890abcdef","aud":"client-id",
			"exp":1700003600,"iat":1700000000,"nonce":"0987654asdf","amr":["pwd"],"name":"Taro Line",
			"picture":"https://profile.line-scdn.net/0h-abc","email":"taro.line@example.com"}""";

	private static final String USERINFO = """
			{"sub":"U1234567890abcdef1234567890abcdef","name":"Taro Line",
			"picture":"https://profile.line-scdn.net/0h-abc"}""";

	/** LINE's id_tokens are HS256; the harness never reads this one, LINE does. */
	private static final String ID_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJVMTIzIn0.c2lnbmF0dXJl";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider line = this.harness.provider(new LinePreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlAsksForOpenIdProfileAndEmailWithPkceAndNonce() {
		String url = this.harness.authorizationUrl(this.line);
		assertThat(url).startsWith("https://access.line.me/oauth2/v2.1/authorize?");
		Map<String, String> query = PresetHarness.query(url);
		assertThat(query).containsEntry("client_id", "client-id")
			.containsEntry("response_type", "code")
			.containsEntry("scope", "openid profile email")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/line")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.containsKey("nonce");
	}

	@Test
	void tokenRequestSendsCredentialsAndVerifierInTheBody() {
		this.harness.json("/oauth2/v2.1/token",
				"{\"access_token\":\"a1\",\"expires_in\":2592000,\"id_token\":\"" + ID_TOKEN
						+ "\",\"refresh_token\":\"r1\",\"scope\":\"openid profile email\",\"token_type\":\"Bearer\"}");
		TokenSet tokens = this.harness.exchange(this.line);
		RecordedRequest request = this.harness.request("/oauth2/v2.1/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.line.me/oauth2/v2.1/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("grant_type", "authorization_code")
			.containsEntry("code", "the-code")
			.containsEntry("code_verifier", "the-verifier");
		assertThat(tokens.idToken()).isEqualTo(ID_TOKEN);
	}

	@Test
	void redirectIdTokenIsVerifiedByLineAndCarriesTheEmail() {
		this.harness.json("/oauth2/v2.1/verify", VERIFIED);
		OAuthUserInfo user = this.harness.userInfo(this.line, tokens(ID_TOKEN));
		assertThat(user.id()).isEqualTo("U1234567890abcdef1234567890abcdef");
		assertThat(user.email()).isEqualTo("taro.line@example.com");
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("Taro Line");
		assertThat(user.image()).isEqualTo("https://profile.line-scdn.net/0h-abc");
		RecordedRequest verify = this.harness.request("/oauth2/v2.1/verify");
		assertThat(PresetHarness.target(verify)).isEqualTo("https://api.line.me/oauth2/v2.1/verify");
		assertThat(verify.getMethod()).isEqualTo("POST");
		assertThat(PresetHarness.form(verify)).containsEntry("id_token", ID_TOKEN)
			.containsEntry("client_id", "client-id")
			.doesNotContainKey("nonce");
		assertThat(this.harness.requests("/oauth2/v2.1/userinfo")).isEmpty();
	}

	@Test
	void withoutIdTokenTheUserinfoEndpointGivesNoEmail() {
		this.harness.json("/oauth2/v2.1/userinfo", USERINFO);
		OAuthUserInfo user = this.harness.userInfo(this.line, tokens(null));
		assertThat(user.id()).isEqualTo("U1234567890abcdef1234567890abcdef");
		assertThat(user.email()).isNull();
		assertThat(user.name()).isEqualTo("Taro Line");
		assertThat(this.harness.request("/oauth2/v2.1/userinfo").getHeaders().get("Authorization"))
			.isEqualTo("Bearer a1");
	}

	@Test
	void idTokenForAnotherChannelIsRefused() {
		this.harness.json("/oauth2/v2.1/verify", VERIFIED.replace("\"aud\":\"client-id\"", "\"aud\":\"999\""));
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.line, tokens(ID_TOKEN)));
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.nativeSignIn(this.line, ID_TOKEN, null));
	}

	@Test
	void idTokenLineRefusesIsRefused() {
		this.harness.respond("/oauth2/v2.1/verify",
				new MockResponse.Builder().code(400)
					.setHeader("Content-Type", "application/json")
					.body("{\"error\":\"invalid_request\",\"error_description\":\"IdToken expired.\"}")
					.build());
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.line, tokens(ID_TOKEN)));
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.nativeSignIn(this.line, ID_TOKEN, null));
	}

	@Test
	void nativeIdTokenIsVerifiedByLine() {
		this.harness.json("/oauth2/v2.1/verify", VERIFIED);
		OAuthUserInfo user = this.harness.nativeSignIn(this.line, ID_TOKEN, null);
		assertThat(user.id()).isEqualTo("U1234567890abcdef1234567890abcdef");
		assertThat(user.email()).isEqualTo("taro.line@example.com");
		assertThat(user.emailVerified()).isFalse();
		// Verified once: the mapping uses the claims it was given.
		assertThat(this.harness.requests("/oauth2/v2.1/verify")).hasSize(1);
		assertThat(PresetHarness.form(this.harness.request("/oauth2/v2.1/verify"))).containsEntry("client_id",
				"client-id");
	}

	@Test
	void redirectFlowsNonceIsSentToLineAndMustMatch() {
		this.harness.json("/oauth2/v2.1/verify", VERIFIED);
		assertThat(this.harness.userInfoWithNonce(this.line, tokens(ID_TOKEN), "0987654asdf").id())
			.isEqualTo("U1234567890abcdef1234567890abcdef");
		assertThat(PresetHarness.form(this.harness.request("/oauth2/v2.1/verify"))).containsEntry("nonce",
				"0987654asdf");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfoWithNonce(this.line, tokens(ID_TOKEN), "another"));
	}

	@Test
	void nativeNonceIsSentAndMustMatch() {
		this.harness.json("/oauth2/v2.1/verify", VERIFIED);
		Map<String, Object> claims = this.harness.loader()
			.verifiedNativeClaims(this.line, ID_TOKEN, "0987654asdf", null);
		assertThat(claims).containsEntry("sub", "U1234567890abcdef1234567890abcdef");
		assertThat(PresetHarness.form(this.harness.request("/oauth2/v2.1/verify"))).containsEntry("nonce",
				"0987654asdf");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.loader().verifiedNativeClaims(this.line, ID_TOKEN, "other", null));
	}

	private static TokenSet tokens(String idToken) {
		return new TokenSet("a1", null, idToken, null, null, null);
	}

}
