package dev.betterauth.core.provider.preset;

import java.util.HashMap;
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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GooglePresetTests {

	private final PresetHarness harness = new PresetHarness().jwks("/oauth2/v3/certs");

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlIsOpenIdWithPkceNonceAndTheConfiguredHints() {
		OAuthProvider google = google(
				Map.of("access-type", "offline", "prompt", "select_account", "hd", "example.com"));
		String url = this.harness.authorizationUrl(google);
		assertThat(url).startsWith("https://accounts.google.com/o/oauth2/v2/auth?");
		assertThat(PresetHarness.query(url)).containsEntry("scope", "openid email profile")
			.containsEntry("access_type", "offline")
			.containsEntry("prompt", "select_account")
			.containsEntry("hd", "example.com")
			.containsEntry("include_granted_scopes", "true")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("nonce");
	}

	@Test
	void tokenRequestCarriesTheCredentialsAndVerifier() {
		this.harness.json("/token", "{\"access_token\":\"ya29\",\"expires_in\":3599,\"refresh_token\":\"1//r\"}");
		TokenSet tokens = this.harness.exchange(google(Map.of()));
		RecordedRequest request = this.harness.request("/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://oauth2.googleapis.com/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code_verifier", "the-verifier")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/google");
		assertThat(tokens.refreshToken()).isEqualTo("1//r");
	}

	@Test
	void theVerifiedIdTokenIsTheProfile() {
		OAuthUserInfo user = this.harness.userInfo(google(Map.of()), tokens(claims("example.com")));
		assertThat(user.id()).isEqualTo("110248495921238986420");
		assertThat(user.email()).isEqualTo("jane@example.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("Jane Doe");
		assertThat(user.image()).isEqualTo("https://lh3.googleusercontent.com/a/photo");
		assertThat(this.harness.requests("/v1/userinfo")).as("no userinfo call when the id_token suffices").isEmpty();
	}

	@Test
	void anIdTokenForAnotherClientIsRefused() {
		Map<String, Object> claims = claims(null);
		claims.put("aud", "another-client");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(google(Map.of()), tokens(claims)))
			.withMessageContaining("audience");
	}

	@Test
	void hostedDomainIsCheckedOnTheVerifiedIdToken() {
		OAuthProvider restricted = google(Map.of("hd", "example.com"));
		assertThat(this.harness.userInfo(restricted, tokens(claims("example.com"))).id())
			.isEqualTo("110248495921238986420");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(restricted, tokens(claims("other.com"))))
			.withMessageContaining("another Workspace domain");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(restricted, tokens(claims(null))))
			.withMessageContaining("not a Workspace account");
		OAuthProvider anyWorkspace = google(Map.of("hd", "*"));
		assertThat(this.harness.userInfo(anyWorkspace, tokens(claims("other.com"))).id())
			.isEqualTo("110248495921238986420");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(anyWorkspace, tokens(claims(null))));
	}

	@Test
	void hostedDomainAppliesToNativeIdTokensToo() {
		OAuthProvider restricted = google(Map.of("hd", "example.com"));
		assertThat(this.harness.nativeSignIn(restricted, idToken(claims("example.com")), null).email())
			.isEqualTo("jane@example.com");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.nativeSignIn(restricted, idToken(claims("other.com")), null));
	}

	@Test
	void accessTypeMustBeOfflineOrOnline() {
		assertThatIllegalArgumentException().isThrownBy(() -> google(Map.of("access-type", "forever")))
			.isInstanceOf(PresetOptionException.class)
			.withMessage("Expected offline or online.");
	}

	private OAuthProvider google(Map<String, String> options) {
		return this.harness.provider("google", new GooglePreset(), options);
	}

	private TokenSet tokens(Map<String, Object> claims) {
		return new TokenSet("ya29", null, idToken(claims), null, null, null);
	}

	private String idToken(Map<String, Object> claims) {
		return this.harness.idToken(claims);
	}

	private static Map<String, Object> claims(String hostedDomain) {
		Map<String, Object> claims = new HashMap<>(Map.of("iss", "https://accounts.google.com", "aud", "client-id",
				"sub", "110248495921238986420", "email", "jane@example.com", "email_verified", true, "name", "Jane Doe",
				"picture", "https://lh3.googleusercontent.com/a/photo"));
		if (hostedDomain != null) {
			claims.put("hd", hostedDomain);
		}
		return claims;
	}

}
