package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SalesforcePresetTests {

	private static final String USER_INFO = """
			{"sub":"https://login.salesforce.com/id/00Dxx0000001gPL/005xx000001Sv6A","user_id":"005xx000001Sv6A",
			"organization_id":"00Dxx0000001gPL","preferred_username":"jane@acme.com","email":"jane@acme.com",
			"email_verified":true,"name":"Jane Doe","given_name":"Jane","family_name":"Doe",
			"photos":{"picture":"https://acme.file.force.com/profilephoto/005/F",
			"thumbnail":"https://acme.file.force.com/profilephoto/005/T"}}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider salesforce = this.harness.provider(new SalesforcePreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlIsProductionsWithPkce() {
		String url = this.harness.authorizationUrl(this.salesforce);
		assertThat(url).startsWith("https://login.salesforce.com/services/oauth2/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "openid email profile")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge");
	}

	@Test
	void sandboxAndMyDomainChangeTheHost() {
		OAuthProvider sandbox = this.harness.provider("salesforce", new SalesforcePreset(), Map.of("sandbox", "true"));
		assertThat(this.harness.authorizationUrl(sandbox))
			.startsWith("https://test.salesforce.com/services/oauth2/authorize?");
		OAuthProvider myDomain = this.harness.provider("salesforce", new SalesforcePreset(),
				Map.of("sandbox", "true", "login-url", "acme.my.salesforce.com"));
		assertThat(this.harness.authorizationUrl(myDomain))
			.startsWith("https://acme.my.salesforce.com/services/oauth2/authorize?");
		assertThat(myDomain.registration().tokenUri())
			.hasToString("https://acme.my.salesforce.com/services/oauth2/token");
		assertThat(myDomain.registration().userInfoUri())
			.hasToString("https://acme.my.salesforce.com/services/oauth2/userinfo");
		assertThatExceptionOfType(PresetOptionException.class)
			.isThrownBy(() -> this.harness.provider("salesforce", new SalesforcePreset(), Map.of("sandbox", "yes")))
			.satisfies((ex) -> assertThat(ex.option()).isEqualTo("sandbox"));
	}

	@Test
	void tokenRequestSendsCredentialsAndVerifierInTheBody() {
		this.harness.json("/services/oauth2/token", "{\"access_token\":\"at\",\"id_token\":\"x\"}");
		this.harness.exchange(this.salesforce);
		RecordedRequest request = this.harness.request("/services/oauth2/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://login.salesforce.com/services/oauth2/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("code_verifier", "the-verifier")
			.containsEntry("code", "the-code");
	}

	@Test
	void codeExchangeWithoutPkceIsRefusedBeforeItIsSent() {
		ProviderRegistration.Builder builder = ProviderRegistration.builder("salesforce")
			.clientId("client-id")
			.clientSecret("client-secret");
		new SalesforcePreset().configure(builder, PresetOptions.NONE);
		OAuthProvider withoutPkce = new OAuthProvider(builder.pkce(false).build(), (uri) -> Map.of());
		assertThatExceptionOfType(ProviderException.class).isThrownBy(() -> this.harness.exchange(withoutPkce))
			.withMessageContaining("requires PKCE");
		assertThat(this.harness.requests("/services/oauth2/token")).isEmpty();
	}

	@Test
	void userIsMappedFromUserinfoWithUserIdAndPhoto() {
		this.harness.json("/services/oauth2/userinfo", USER_INFO);
		OAuthUserInfo user = this.harness.userInfo(this.salesforce, tokens());
		assertThat(user.id()).isEqualTo("005xx000001Sv6A");
		assertThat(user.email()).isEqualTo("jane@acme.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("Jane Doe");
		assertThat(user.image()).isEqualTo("https://acme.file.force.com/profilephoto/005/F");
		RecordedRequest request = this.harness.request("/services/oauth2/userinfo");
		assertThat(PresetHarness.target(request)).isEqualTo("https://login.salesforce.com/services/oauth2/userinfo");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer at");
	}

	@Test
	void thumbnailIsTheFallbackAndMissingVerificationIsFalse() {
		this.harness.json("/services/oauth2/userinfo",
				USER_INFO.replace("\"picture\":\"https://acme.file.force.com/profilephoto/005/F\",", "")
					.replace("\"email_verified\":true,", ""));
		OAuthUserInfo user = this.harness.userInfo(this.salesforce, tokens());
		assertThat(user.image()).isEqualTo("https://acme.file.force.com/profilephoto/005/T");
		assertThat(user.emailVerified()).isFalse();
	}

	@Test
	void theUnverifiableIdTokenIsIgnored() {
		this.harness.json("/services/oauth2/userinfo", USER_INFO);
		OAuthUserInfo user = this.harness.userInfo(this.salesforce, new TokenSet("at", null,
				this.harness.idToken(Map.of("sub", "someone-else", "email", "eve@example.com")), null, null, null));
		assertThat(user.id()).isEqualTo("005xx000001Sv6A");
		assertThat(user.email()).isEqualTo("jane@acme.com");
	}

	private static TokenSet tokens() {
		return new TokenSet("at", null, null, null, null, null);
	}

}
