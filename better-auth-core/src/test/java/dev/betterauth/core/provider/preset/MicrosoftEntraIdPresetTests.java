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

class MicrosoftEntraIdPresetTests {

	private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider entra = this.harness.provider("entra", new MicrosoftEntraIdPreset(),
			Map.of("tenant-id", TENANT, "disable-profile-photo", "true"));

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void tenantIdIsRequiredAndMustBeAGuid() {
		assertThatExceptionOfType(PresetOptionException.class)
			.isThrownBy(() -> this.harness.provider(new MicrosoftEntraIdPreset()))
			.satisfies((ex) -> assertThat(ex.option()).isEqualTo("tenant-id"));
		assertThatExceptionOfType(PresetOptionException.class)
			.isThrownBy(
					() -> this.harness.provider("entra", new MicrosoftEntraIdPreset(), Map.of("tenant-id", "common")))
			.withMessageContaining("microsoft preset");
	}

	@Test
	void endpointsAndIssuerAreTheTenants() {
		String url = this.harness.authorizationUrl(this.entra);
		assertThat(url).startsWith("https://login.microsoftonline.com/" + TENANT + "/oauth2/v2.0/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("scope", "openid profile email User.Read offline_access")
			.containsKey("code_challenge")
			.containsKey("nonce");
		assertThat(this.entra.registration().type()).isEqualTo("microsoft-entra-id");
		assertThat(this.entra.registration().issuer())
			.isEqualTo("https://login.microsoftonline.com/" + TENANT + "/v2.0");
	}

	@Test
	void tokenRequestAndRefreshGoToTheTenantWithScopeOnRefresh() {
		this.harness.json("/" + TENANT + "/oauth2/v2.0/token", "{\"access_token\":\"at\"}");
		this.harness.exchange(this.entra);
		this.harness.refresh(this.entra);
		List<RecordedRequest> requests = this.harness.requests("/" + TENANT + "/oauth2/v2.0/token");
		assertThat(requests).hasSize(2);
		assertThat(PresetHarness.target(requests.get(0)))
			.isEqualTo("https://login.microsoftonline.com/" + TENANT + "/oauth2/v2.0/token");
		assertThat(PresetHarness.form(requests.get(0))).containsEntry("client_secret", "client-secret")
			.doesNotContainKey("scope");
		assertThat(PresetHarness.form(requests.get(1))).containsEntry("scope",
				"openid profile email User.Read offline_access");
	}

	@Test
	void userWithoutEmailGetsThePrincipalNameUnverified() {
		this.harness.jwks("/" + TENANT + "/discovery/v2.0/keys");
		Map<String, Object> claims = MicrosoftPresetTests.claims(TENANT, TENANT);
		claims.remove("email");
		OAuthUserInfo user = this.harness.userInfo(this.entra, tokens(claims));
		assertThat(user.id()).isEqualTo("00000000-0000-0000-66f3-3332eca7ea81");
		assertThat(user.email()).isEqualTo("jane@contoso.com");
		assertThat(user.emailVerified()).isFalse();
	}

	@Test
	void aTokenOfAnotherTenantIsRefused() {
		this.harness.jwks("/" + TENANT + "/discovery/v2.0/keys");
		String other = "11111111-2222-3333-4444-555555555555";
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(this.entra, tokens(MicrosoftPresetTests.claims(other, other))));
	}

	private TokenSet tokens(Map<String, Object> claims) {
		return new TokenSet("at", null, this.harness.idToken(claims), null, null, null);
	}

}
