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

class LinkedInPresetTests {

	private static final String USERINFO = """
			{"sub":"782bbtaQ","name":"John Doe","given_name":"John","family_name":"Doe",
			"picture":"https://media.licdn.com/dms/image/C4E03AQ/profile.jpg","locale":{"country":"US","language":"en"},
			"email":"doe@email.com","email_verified":true}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider linkedIn = this.harness.provider(new LinkedInPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlAsksForOpenIdScopesWithoutPkce() {
		String url = this.harness.authorizationUrl(this.linkedIn);
		assertThat(url).startsWith("https://www.linkedin.com/oauth/v2/authorization?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "profile email openid")
			.doesNotContainKeys("code_challenge", "code_challenge_method", "nonce");
	}

	@Test
	void tokenRequestSendsCredentialsInTheBodyWithoutVerifier() {
		this.harness.json("/oauth/v2/accessToken",
				"{\"access_token\":\"AQV1\",\"expires_in\":5183999,\"scope\":\"email,openid,profile\",\"id_token\":\"x.y.z\"}");
		TokenSet tokens = this.harness.exchange(this.linkedIn);
		RecordedRequest request = this.harness.request("/oauth/v2/accessToken");
		assertThat(PresetHarness.target(request)).isEqualTo("https://www.linkedin.com/oauth/v2/accessToken");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/linkedin")
			.doesNotContainKey("code_verifier");
		assertThat(tokens.scopes()).containsExactly("email", "openid", "profile");
	}

	@Test
	void profileIsReadFromUserInfo() {
		this.harness.json("/v2/userinfo", USERINFO);
		OAuthUserInfo user = this.harness.userInfo(this.linkedIn, new TokenSet("AQV1", null, null, null, null, null));
		assertThat(user.id()).isEqualTo("782bbtaQ");
		assertThat(user.email()).isEqualTo("doe@email.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("John Doe");
		assertThat(user.image()).isEqualTo("https://media.licdn.com/dms/image/C4E03AQ/profile.jpg");
		RecordedRequest request = this.harness.request("/v2/userinfo");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.linkedin.com/v2/userinfo");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer AQV1");
	}

	@Test
	void aVerifiedIdTokenWithoutNonceIsTheProfile() {
		this.harness.jwks("/oauth/openid/jwks");
		String idToken = this.harness.idToken(Map.of("iss", "https://www.linkedin.com/oauth", "aud", "client-id", "sub",
				"782bbtaQ", "email", "doe@email.com", "email_verified", true, "name", "John Doe"));
		OAuthUserInfo user = this.harness.userInfo(this.linkedIn,
				new TokenSet("AQV1", null, idToken, null, null, null));
		assertThat(user.id()).isEqualTo("782bbtaQ");
		assertThat(user.email()).isEqualTo("doe@email.com");
		assertThat(this.harness.requests("/v2/userinfo")).as("the id_token sufficed").isEmpty();
	}

	@Test
	void anIdTokenFromAnotherIssuerOrForAnotherClientIsRefused() {
		this.harness.json("/v2/userinfo", USERINFO).jwks("/oauth/openid/jwks");
		for (Map<String, Object> claims : List.of(
				Map.<String, Object>of("iss", "https://evil.example", "aud", "client-id", "sub", "782bbtaQ"),
				Map.<String, Object>of("iss", "https://www.linkedin.com/oauth", "aud", "other", "sub", "782bbtaQ"))) {
			String idToken = this.harness.idToken(claims);
			assertThatExceptionOfType(OAuthFlowException.class).isThrownBy(
					() -> this.harness.userInfo(this.linkedIn, new TokenSet("AQV1", null, idToken, null, null, null)));
		}
	}

	@Test
	void missingEmailVerificationCountsAsUnverified() {
		this.harness.json("/v2/userinfo", USERINFO.replace(",\"email_verified\":true", ""));
		OAuthUserInfo user = this.harness.userInfo(this.linkedIn, new TokenSet("AQV1", null, null, null, null, null));
		assertThat(user.email()).isEqualTo("doe@email.com");
		assertThat(user.emailVerified()).isFalse();
	}

}
