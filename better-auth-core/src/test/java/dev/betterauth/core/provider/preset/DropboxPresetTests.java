package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.AuthJson;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DropboxPresetTests {

	private static final String ACCOUNT = """
			{"account_id":"dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc","name":{"given_name":"Franz","surname":"Ferdinand",
			"familiar_name":"Franz","display_name":"Franz Ferdinand (Personal)","abbreviated_name":"FF"},
			"email":"franz@dropbox.com","email_verified":true,
			"profile_photo_url":"https://dl-web.dropbox.com/account_photo/get/dbaphid%3AAAHWGmIXV3sUuOmBfTz0wPsiqHUpBWvv3ZA?vers=1556069330102&size=128x128"}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider dropbox = this.harness.provider(new DropboxPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlAsksForAccountInfoWithPkce() {
		String url = this.harness.authorizationUrl(this.dropbox);
		assertThat(url).startsWith("https://www.dropbox.com/oauth2/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "account_info.read")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.doesNotContainKey("token_access_type");
	}

	@Test
	void accessTypeBecomesTokenAccessType() {
		OAuthProvider provider = this.harness.provider("dropbox", new DropboxPreset(),
				Map.of("access-type", "offline"));
		assertThat(PresetHarness.query(this.harness.authorizationUrl(provider))).containsEntry("token_access_type",
				"offline");
	}

	@Test
	void unknownAccessTypeIsRefused() {
		assertThatExceptionOfType(PresetOptionException.class)
			.isThrownBy(() -> this.harness.provider("dropbox", new DropboxPreset(), Map.of("access-type", "forever")))
			.satisfies((ex) -> assertThat(ex.option()).isEqualTo("access-type"));
	}

	@Test
	void tokenRequestSendsCredentialsInTheBodyWithTheVerifier() {
		this.harness.json("/oauth2/token", "{\"access_token\":\"sl.at\",\"token_type\":\"bearer\",\"expires_in\":14400,"
				+ "\"account_id\":\"dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc\",\"uid\":\"12345\"}");
		this.harness.exchange(this.dropbox);
		RecordedRequest request = this.harness.request("/oauth2/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.dropboxapi.com/oauth2/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code_verifier", "the-verifier");
	}

	@Test
	void accountIsMappedWithItsNestedDisplayName() {
		OAuthUserInfo user = DropboxPreset.fromAccount(json(ACCOUNT));
		assertThat(user.id()).isEqualTo("dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc");
		assertThat(user.email()).isEqualTo("franz@dropbox.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("Franz Ferdinand (Personal)");
		assertThat(user.image()).startsWith("https://dl-web.dropbox.com/account_photo/get/dbaphid%3A");
	}

	@Test
	void accountWithoutPhotoOrVerificationHasNeither() {
		OAuthUserInfo user = DropboxPreset.fromAccount(json(ACCOUNT.replace("\"email_verified\":true,", "")
			.replaceAll(",\\s*\"profile_photo_url\":\"[^\"]*\"", "")));
		assertThat(user.image()).isNull();
		assertThat(user.emailVerified()).isFalse();
	}

	@Test
	void theAccountIsReadWithAnEmptyPostCarryingTheToken() {
		this.harness.json("/2/users/get_current_account", ACCOUNT);
		OAuthUserInfo user = this.harness.userInfo(this.dropbox, new TokenSet("sl.at", null, null, null, null, null));
		assertThat(user.email()).isEqualTo("franz@dropbox.com");
		RecordedRequest request = this.harness.request("/2/users/get_current_account");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.dropboxapi.com/2/users/get_current_account");
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sl.at");
		assertThat(request.getBody().size()).isZero();
	}

	private static Map<String, Object> json(String json) {
		return AuthJson.mapper().readValue(json, new TypeReference<Map<String, Object>>() {
		});
	}

}
