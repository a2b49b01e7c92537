package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PayPalPresetTests {

	private static final String USER_ID = "https://www.paypal.com/webapps/auth/identity/user/mWq6_1sU85v5EG9yHdPxJRrhGHrnMJ-1PQKtX6pcsmA";

	private static final String USERINFO = """
			{"user_id":"%s","sub":"%s","name":"Jane Doe","given_name":"Jane","family_name":"Doe",
			"email":"jane@example.com","email_verified":true,"picture":"https://example.com/avatar.png",
			"verified_account":true,"payer_id":"WDJJHEBZ4X2LY"}""".formatted(USER_ID, USER_ID);

	private final PresetHarness harness = new PresetHarness();

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void liveAuthorizationUrlHasNoScopeAndNoPkce() {
		String url = this.harness
			.authorizationUrl(this.harness.provider("paypal", new PayPalPreset(), Map.of("prompt", "login")));
		assertThat(url).startsWith("https://www.paypal.com/signin/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("prompt", "login")
			.doesNotContainKeys("scope", "code_challenge", "nonce");
	}

	@Test
	void sandboxSwitchesEveryHost() {
		OAuthProvider paypal = this.harness.provider("paypal", new PayPalPreset(), Map.of("sandbox", "true"));
		assertThat(this.harness.authorizationUrl(paypal))
			.startsWith("https://www.sandbox.paypal.com/signin/authorize?");
		this.harness.json("/v1/oauth2/token", "{\"access_token\":\"A21AA\",\"token_type\":\"Bearer\"}")
			.json("/v1/identity/oauth2/userinfo", USERINFO);
		TokenSet tokens = this.harness.exchange(paypal);
		assertThat(PresetHarness.target(this.harness.request("/v1/oauth2/token")))
			.isEqualTo("https://api-m.sandbox.paypal.com/v1/oauth2/token");
		this.harness.userInfo(paypal, tokens);
		assertThat(PresetHarness.target(this.harness.request("/v1/identity/oauth2/userinfo")))
			.isEqualTo("https://api-m.sandbox.paypal.com/v1/identity/oauth2/userinfo");
	}

	@Test
	void sandboxMustBeTrueOrFalse() {
		assertThatExceptionOfType(PresetOptionException.class)
			.isThrownBy(() -> this.harness.provider("paypal", new PayPalPreset(), Map.of("sandbox", "yes")));
	}

	@Test
	void tokenRequestUsesBasicAuthenticationAtTheLiveHost() {
		this.harness.json("/v1/oauth2/token", "{\"access_token\":\"A21AA\",\"refresh_token\":\"R23AA\","
				+ "\"token_type\":\"Bearer\",\"expires_in\":28800}");
		TokenSet tokens = this.harness.exchange(this.harness.provider(new PayPalPreset()));
		RecordedRequest request = this.harness.request("/v1/oauth2/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api-m.paypal.com/v1/oauth2/token");
		assertThat(PresetHarness.basicCredentials(request)).isEqualTo("client-id:client-secret");
		assertThat(PresetHarness.form(request)).containsEntry("grant_type", "authorization_code")
			.containsEntry("code", "the-code")
			.doesNotContainKeys("client_id", "client_secret", "code_verifier");
		assertThat(tokens.refreshToken()).isEqualTo("R23AA");
	}

	@Test
	void userIsReadWithTheV11SchemaAndKeyedByUserId() {
		this.harness.json("/v1/identity/oauth2/userinfo", USERINFO);
		OAuthUserInfo user = this.harness.userInfo(this.harness.provider(new PayPalPreset()), tokens());
		assertThat(user.id()).isEqualTo(USER_ID);
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("Jane Doe");
		assertThat(user.image()).isEqualTo("https://example.com/avatar.png");
		RecordedRequest request = this.harness.request("/v1/identity/oauth2/userinfo");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api-m.paypal.com/v1/identity/oauth2/userinfo");
		assertThat(PresetHarness.query(request)).containsEntry("schema", "paypalv1.1");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer A21AA");
	}

	@Test
	void emailsListGivesThePrimaryAddressAndWhetherItIsConfirmed() {
		this.harness.json("/v1/identity/oauth2/userinfo",
				"""
						{"user_id":"%s","name":"Jane Doe","emails":[{"value":"old@example.com","primary":false,"confirmed":true},
						{"value":"jane@example.com","primary":true,"confirmed":false}]}"""
					.formatted(USER_ID));
		OAuthUserInfo user = this.harness.userInfo(this.harness.provider(new PayPalPreset()), tokens());
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isFalse();
	}

	@Test
	void userWithoutEmailHasNone() {
		this.harness.json("/v1/identity/oauth2/userinfo", "{\"user_id\":\"" + USER_ID + "\",\"name\":\"Jane Doe\"}");
		OAuthUserInfo user = this.harness.userInfo(this.harness.provider(new PayPalPreset()), tokens());
		assertThat(user.email()).isNull();
		assertThat(user.emailVerified()).isFalse();
	}

	private static TokenSet tokens() {
		return new TokenSet("A21AA", null, null, null, null, null);
	}

}
