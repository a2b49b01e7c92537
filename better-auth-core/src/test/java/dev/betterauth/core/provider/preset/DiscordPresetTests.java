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

class DiscordPresetTests {

	private static final String ME = """
			{"id":"80351110224678912","username":"nelly","discriminator":"0","global_name":"Nelly",
			"avatar":"8342729096ea3675442027381ff50dfe","bot":false,"system":false,"mfa_enabled":true,"banner":null,
			"accent_color":16711680,"locale":"en-US","verified":true,"email":"nelly@discord.com","flags":64,
			"premium_type":1,"public_flags":64,"display_name":null,"avatar_decoration":null,"banner_color":null}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider discord = this.harness.provider(new DiscordPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlSendsPromptNoneAndNoPkce() {
		String url = this.harness.authorizationUrl(this.discord);
		assertThat(url).startsWith("https://discord.com/api/oauth2/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "identify email")
			.containsEntry("prompt", "none")
			.doesNotContainKeys("code_challenge", "code_challenge_method", "nonce");
	}

	@Test
	void promptCanAskForConsentAgain() {
		OAuthProvider provider = this.harness.provider("discord", new DiscordPreset(), Map.of("prompt", "consent"));
		assertThat(PresetHarness.query(this.harness.authorizationUrl(provider))).containsEntry("prompt", "consent");
	}

	@Test
	void unknownPromptIsRefused() {
		assertThatExceptionOfType(PresetOptionException.class)
			.isThrownBy(() -> this.harness.provider("discord", new DiscordPreset(), Map.of("prompt", "login")))
			.satisfies((ex) -> assertThat(ex.option()).isEqualTo("prompt"));
	}

	@Test
	void tokenRequestSendsCredentialsInTheBodyWithoutVerifier() {
		this.harness.json("/api/oauth2/token", "{\"access_token\":\"at-1\",\"token_type\":\"Bearer\"}");
		this.harness.exchange(this.discord);
		RecordedRequest request = this.harness.request("/api/oauth2/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://discord.com/api/oauth2/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code", "the-code")
			.doesNotContainKey("code_verifier");
	}

	@Test
	void profileIsMappedWithAStaticAvatarAsPng() {
		this.harness.json("/api/users/@me", ME);
		OAuthUserInfo user = this.harness.userInfo(this.discord, tokens());
		assertThat(user.id()).isEqualTo("80351110224678912");
		assertThat(user.email()).isEqualTo("nelly@discord.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("Nelly");
		assertThat(user.image())
			.isEqualTo("https://cdn.discordapp.com/avatars/80351110224678912/8342729096ea3675442027381ff50dfe.png");
		assertThat(user.profile()).containsEntry("image_url", user.image());
		RecordedRequest request = this.harness.request("/api/users/@me");
		assertThat(PresetHarness.target(request)).isEqualTo("https://discord.com/api/users/@me");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer at-1");
	}

	@Test
	void animatedAvatarIsAGif() {
		this.harness.json("/api/users/@me",
				ME.replace("\"8342729096ea3675442027381ff50dfe\"", "\"a_1269e74af4df7417b13759eae50c83dc\""));
		assertThat(this.harness.userInfo(this.discord, tokens()).image())
			.isEqualTo("https://cdn.discordapp.com/avatars/80351110224678912/a_1269e74af4df7417b13759eae50c83dc.gif");
	}

	@Test
	void withoutAvatarANewUsernameGetsTheDefaultAvatarOfItsId() {
		this.harness.json("/api/users/@me", ME.replace("\"8342729096ea3675442027381ff50dfe\"", "null"));
		OAuthUserInfo user = this.harness.userInfo(this.discord, tokens());
		// (80351110224678912 >> 22) % 6 = 5
		assertThat(user.image()).isEqualTo("https://cdn.discordapp.com/embed/avatars/5.png");
		assertThat(user.profile()).containsEntry("image_url", "https://cdn.discordapp.com/embed/avatars/5.png");
	}

	@Test
	void withoutAvatarALegacyUserGetsTheDefaultAvatarOfItsDiscriminator() {
		this.harness.json("/api/users/@me", ME.replace("\"8342729096ea3675442027381ff50dfe\"", "null")
			.replace("\"discriminator\":\"0\"", "\"discriminator\":\"1337\""));
		// 1337 % 5 = 2
		assertThat(this.harness.userInfo(this.discord, tokens()).image())
			.isEqualTo("https://cdn.discordapp.com/embed/avatars/2.png");
	}

	@Test
	void defaultAvatarIndexFollowsDiscordsRule() {
		// (175928847299117063 >> 22) % 6 = 2
		assertThat(DiscordPreset.avatarUrl("175928847299117063", null, "0"))
			.isEqualTo("https://cdn.discordapp.com/embed/avatars/2.png");
		assertThat(DiscordPreset.avatarUrl("175928847299117063", null, null))
			.isEqualTo(DiscordPreset.avatarUrl("175928847299117063", null, "0"));
		assertThat(DiscordPreset.avatarUrl("175928847299117063", null, "0004"))
			.isEqualTo("https://cdn.discordapp.com/embed/avatars/4.png");
		assertThat(DiscordPreset.avatarUrl("not-a-snowflake", null, "0")).isNull();
	}

	@Test
	void nameFallsBackToTheUsernameAndEmailMayBeMissing() {
		this.harness.json("/api/users/@me",
				ME.replace("\"global_name\":\"Nelly\"", "\"global_name\":null")
					.replace("\"email\":\"nelly@discord.com\"", "\"email\":null")
					.replace("\"verified\":true", "\"verified\":false"));
		OAuthUserInfo user = this.harness.userInfo(this.discord, tokens());
		assertThat(user.name()).isEqualTo("nelly");
		assertThat(user.email()).isNull();
		assertThat(user.emailVerified()).isFalse();
	}

	private static TokenSet tokens() {
		return new TokenSet("at-1", null, null, null, null, null);
	}

}
