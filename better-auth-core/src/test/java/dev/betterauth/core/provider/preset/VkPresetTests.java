package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VkPresetTests {

	private static final String USER = """
			{"user":{"user_id":"1234567890","first_name":"Ivan","last_name":"Ivanov","email":"ivan@example.ru",
			"phone":79991234567,"avatar":"https://sun1-00.userapi.com/s/v1/ig2/abc.jpg","sex":2,"verified":false,
			"birthday":"01.01.1990"}}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider vk = this.harness.provider(new VkPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlAsksForEmailAndPhoneWithPkce() {
		String url = this.harness.authorizationUrl(this.vk);
		assertThat(url).startsWith("https://id.vk.com/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "email phone")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge");
	}

	@Test
	void codeExchangeCarriesTheCallbacksDeviceId() {
		this.harness.json("/oauth2/auth", "{\"access_token\":\"vk_at\",\"refresh_token\":\"vk_rt\","
				+ "\"token_type\":\"Bearer\",\"expires_in\":3600,\"user_id\":1234567890,\"scope\":\"email phone\"}");
		this.harness.exchange(this.vk,
				Map.of("code", "the-code", "state", "the-state", "device_id", "dev-42", "type", "code_v2"));
		RecordedRequest request = this.harness.request("/oauth2/auth");
		assertThat(PresetHarness.target(request)).isEqualTo("https://id.vk.com/oauth2/auth");
		assertThat(PresetHarness.form(request)).containsEntry("device_id", "dev-42")
			.containsEntry("state", "the-state")
			.containsEntry("code", "the-code")
			.containsEntry("code_verifier", "the-verifier")
			.containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.doesNotContainKey("type");
	}

	@Test
	void codeExchangeWithoutDeviceIdSendsNone() {
		this.harness.json("/oauth2/auth", "{\"access_token\":\"vk_at\"}");
		this.harness.exchange(this.vk);
		assertThat(PresetHarness.form(this.harness.request("/oauth2/auth"))).doesNotContainKeys("device_id", "state");
	}

	@Test
	void refreshSendsNoDeviceId() {
		this.harness.json("/oauth2/auth", "{\"access_token\":\"vk_at2\"}");
		this.harness.refresh(this.vk);
		assertThat(PresetHarness.form(this.harness.request("/oauth2/auth")))
			.containsEntry("grant_type", "refresh_token")
			.doesNotContainKey("device_id");
	}

	@Test
	void userIsReadByAFormPostWithTheTokenInTheBody() {
		this.harness.json("/oauth2/user_info", USER);
		OAuthUserInfo user = this.harness.userInfo(this.vk, tokens());
		assertThat(user.id()).isEqualTo("1234567890");
		assertThat(user.email()).isEqualTo("ivan@example.ru");
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("Ivan Ivanov");
		assertThat(user.image()).isEqualTo("https://sun1-00.userapi.com/s/v1/ig2/abc.jpg");
		RecordedRequest request = this.harness.request("/oauth2/user_info");
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(PresetHarness.target(request)).isEqualTo("https://id.vk.com/oauth2/user_info");
		assertThat(PresetHarness.form(request)).containsEntry("access_token", "vk_at")
			.containsEntry("client_id", "client-id");
		assertThat(request.getHeaders().get("Authorization")).isNull();
	}

	@Test
	void userWithoutEmailHasNone() {
		this.harness.json("/oauth2/user_info", "{\"user\":{\"user_id\":1234567890,\"first_name\":\"Ivan\"}}");
		OAuthUserInfo user = this.harness.userInfo(this.vk, tokens());
		assertThat(user.id()).isEqualTo("1234567890");
		assertThat(user.email()).isNull();
		assertThat(user.name()).isEqualTo("Ivan");
	}

	private static TokenSet tokens() {
		return new TokenSet("vk_at", null, null, null, null, null);
	}

}
