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

class TwitchPresetTests {

	private final PresetHarness harness = new PresetHarness().jwks("/oauth2/keys");

	private final OAuthProvider twitch = this.harness.provider(new TwitchPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlRequestsTheEmailClaimsWithoutPkce() {
		String url = this.harness.authorizationUrl(this.twitch);
		assertThat(url).startsWith("https://id.twitch.tv/oauth2/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "user:read:email openid")
			.containsEntry("claims",
					"{\"id_token\":{\"email\":null,\"email_verified\":null,\"preferred_username\":null,"
							+ "\"picture\":null}}")
			.containsKey("nonce")
			.doesNotContainKeys("code_challenge", "code_challenge_method");
	}

	@Test
	void tokenRequestSendsCredentialsInTheBody() {
		this.harness.json("/oauth2/token",
				"{\"access_token\":\"tw_at\",\"token_type\":\"bearer\",\"expires_in\":14124}");
		this.harness.exchange(this.twitch);
		RecordedRequest request = this.harness.request("/oauth2/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://id.twitch.tv/oauth2/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("grant_type", "authorization_code")
			.doesNotContainKey("code_verifier");
	}

	@Test
	void verifiedIdTokenIsTheProfile() {
		OAuthUserInfo user = this.harness.userInfo(this.twitch, tokens(this.harness.idToken(claims())));
		assertThat(user.id()).isEqualTo("713936733");
		assertThat(user.email()).isEqualTo("dev@example.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("twitchdev");
		assertThat(user.image()).isEqualTo("https://static-cdn.jtvnw.net/jtv_user_pictures/profile_image-300x300.png");
		assertThat(PresetHarness.target(this.harness.request("/oauth2/keys")))
			.isEqualTo("https://id.twitch.tv/oauth2/keys");
		assertThat(this.harness.requests("/oauth2/userinfo")).isEmpty();
	}

	@Test
	void idTokenFromAnotherIssuerIsRefused() {
		Map<String, Object> claims = claims();
		claims.put("iss", "https://id.twitch.tv");
		String idToken = this.harness.idToken(claims);
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.twitch, tokens(idToken)))
			.satisfies((ex) -> assertThat(ex.description()).contains("issuer"));
	}

	@Test
	void idTokenForAnotherClientIsRefused() {
		Map<String, Object> claims = claims();
		claims.put("aud", "hof5gwx0su6owfnys0yan9c87zr6t");
		String idToken = this.harness.idToken(claims);
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.twitch, tokens(idToken)))
			.satisfies((ex) -> assertThat(ex.description()).contains("audience"));
	}

	@Test
	void unsignedIdTokenIsNotTrusted() {
		String signed = this.harness.idToken(claims());
		String tampered = signed.substring(0, signed.lastIndexOf('.') + 1) + "AAAA";
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.twitch, tokens(tampered)))
			.satisfies((ex) -> assertThat(ex.description()).contains("signature"));
	}

	private static Map<String, Object> claims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", "https://id.twitch.tv/oauth2");
		claims.put("aud", "client-id");
		claims.put("sub", "713936733");
		claims.put("azp", "client-id");
		claims.put("preferred_username", "twitchdev");
		claims.put("email", "dev@example.com");
		claims.put("email_verified", true);
		claims.put("picture", "https://static-cdn.jtvnw.net/jtv_user_pictures/profile_image-300x300.png");
		return claims;
	}

	private static TokenSet tokens(String idToken) {
		return new TokenSet("tw_at", null, idToken, null, null, null);
	}

}
