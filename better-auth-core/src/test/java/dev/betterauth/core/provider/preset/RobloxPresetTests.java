package dev.betterauth.core.provider.preset;

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

class RobloxPresetTests {

	private static final String ISSUER = "https://apis.roblox.com/oauth/";

	private static final String USERINFO = """
			{"sub":"156","preferred_username":"builderman","nickname":"Builderman","name":"Builderman",
			"created_at":1141182000,"profile":"https://www.roblox.com/users/156/profile",
			"picture":"https://tr.rbxcdn.com/30DAY-AvatarHeadshot-abc/150/150/AvatarHeadshot/Png"}""";

	private final PresetHarness harness = new PresetHarness().jwks("/oauth/v1/certs");

	private final OAuthProvider roblox = this.harness.provider(new RobloxPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlSelectsAnAccountAndAsksForConsentByDefault() {
		String url = this.harness.authorizationUrl(this.roblox);
		assertThat(url).startsWith("https://apis.roblox.com/oauth/v1/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "openid profile")
			.containsEntry("prompt", "select_account consent")
			.containsEntry("code_challenge_method", "S256")
			.containsKeys("code_challenge", "nonce");
	}

	@Test
	void promptCanBeChanged() {
		String url = this.harness
			.authorizationUrl(this.harness.provider("roblox", new RobloxPreset(), Map.of("prompt", "login")));
		assertThat(PresetHarness.query(url)).containsEntry("prompt", "login");
	}

	@Test
	void tokenRequestSendsCredentialsInTheBody() {
		this.harness.json("/oauth/v1/token", "{\"access_token\":\"rbx_at\",\"token_type\":\"Bearer\"}");
		this.harness.exchange(this.roblox);
		RecordedRequest request = this.harness.request("/oauth/v1/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://apis.roblox.com/oauth/v1/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code_verifier", "the-verifier");
	}

	@Test
	void verifiedIdTokenAndUserInfoGiveAUserWithoutEmail() {
		this.harness.json("/oauth/v1/userinfo", USERINFO);
		OAuthUserInfo user = this.harness.userInfo(this.roblox,
				tokens(this.harness.idToken(Map.of("iss", ISSUER, "aud", "client-id", "sub", "156"))));
		assertThat(user.id()).isEqualTo("156");
		assertThat(user.email()).isNull();
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("Builderman");
		assertThat(user.image()).isEqualTo("https://tr.rbxcdn.com/30DAY-AvatarHeadshot-abc/150/150/AvatarHeadshot/Png");
		assertThat(PresetHarness.target(this.harness.request("/oauth/v1/userinfo")))
			.isEqualTo("https://apis.roblox.com/oauth/v1/userinfo");
	}

	@Test
	void idTokenFromAnotherIssuerIsRefused() {
		this.harness.json("/oauth/v1/userinfo", USERINFO);
		String idToken = this.harness
			.idToken(Map.of("iss", "https://apis.roblox.com/oauth", "aud", "client-id", "sub", "156"));
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.roblox, tokens(idToken)))
			.satisfies((ex) -> assertThat(ex.description()).contains("issuer"));
	}

	@Test
	void userInfoOfAnotherUserIsRefused() {
		this.harness.json("/oauth/v1/userinfo", USERINFO.replace("\"sub\":\"156\"", "\"sub\":\"157\""));
		String idToken = this.harness.idToken(Map.of("iss", ISSUER, "aud", "client-id", "sub", "156"));
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.roblox, tokens(idToken)))
			.satisfies((ex) -> assertThat(ex.description()).contains("sub differs"));
	}

	private static TokenSet tokens(String idToken) {
		return new TokenSet("rbx_at", null, idToken, null, null, null);
	}

}
