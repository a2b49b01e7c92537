package dev.betterauth.core.provider.preset;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MicrosoftPresetTests {

	private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";

	private static final String OTHER_TENANT = "11111111-2222-3333-4444-555555555555";

	private static final String OID = "00000000-0000-0000-66f3-3332eca7ea81";

	private static final String PHOTO_PATH = "/v1.0/me/photos/48x48/$value";

	private static final String PHOTO_BYTES = "fake-jpeg-bytes";

	private final PresetHarness harness = new PresetHarness();

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlUsesTheCommonTenantWithPkceAndANonce() {
		String url = this.harness.authorizationUrl(this.harness.provider(new MicrosoftPreset()));
		assertThat(url).startsWith("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?");
		Map<String, String> query = PresetHarness.query(url);
		assertThat(query).containsEntry("client_id", "client-id")
			.containsEntry("scope", "openid profile email User.Read offline_access")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/microsoft")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.containsKey("nonce")
			.doesNotContainKey("prompt");
	}

	@Test
	void tenantAuthorityAndPromptShapeTheEndpoints() {
		OAuthProvider microsoft = this.harness.provider("microsoft", new MicrosoftPreset(), Map.of("tenant-id",
				TENANT.toUpperCase(), "authority", "https://contoso.ciamlogin.com/", "prompt", "select_account"));
		String url = this.harness.authorizationUrl(microsoft);
		assertThat(url).startsWith("https://contoso.ciamlogin.com/" + TENANT + "/oauth2/v2.0/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("prompt", "select_account");
		assertThat(microsoft.registration().tokenUri())
			.hasToString("https://contoso.ciamlogin.com/" + TENANT + "/oauth2/v2.0/token");
		assertThat(microsoft.registration().issuer()).isEqualTo("https://contoso.ciamlogin.com/" + TENANT + "/v2.0");
		assertThat(microsoft.registration().jwksUri())
			.hasToString("https://contoso.ciamlogin.com/" + TENANT + "/discovery/v2.0/keys");
	}

	@Test
	void multiTenantIssuerIsThePlaceholder() {
		assertThat(this.harness.provider(new MicrosoftPreset()).registration().issuer())
			.isEqualTo("https://login.microsoftonline.com/{tenantid}/v2.0");
	}

	@Test
	void aDomainNameAsTenantIsRefused() {
		assertThatExceptionOfType(PresetOptionException.class)
			.isThrownBy(() -> this.harness.provider("microsoft", new MicrosoftPreset(),
					Map.of("tenant-id", "contoso.onmicrosoft.com")))
			.satisfies((ex) -> assertThat(ex.option()).isEqualTo("tenant-id"));
	}

	@Test
	void tokenRequestSendsCredentialsAndVerifierInTheBody() {
		OAuthProvider microsoft = this.harness.provider(new MicrosoftPreset());
		this.harness.json("/common/oauth2/v2.0/token", "{\"access_token\":\"at\",\"token_type\":\"Bearer\"}");
		this.harness.exchange(microsoft);
		RecordedRequest request = this.harness.request("/common/oauth2/v2.0/token");
		assertThat(PresetHarness.target(request))
			.isEqualTo("https://login.microsoftonline.com/common/oauth2/v2.0/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.containsEntry("grant_type", "authorization_code")
			.containsEntry("code", "the-code")
			.containsEntry("code_verifier", "the-verifier")
			.doesNotContainKey("scope");
	}

	@Test
	void refreshRepeatsTheScopes() {
		OAuthProvider microsoft = this.harness.provider(new MicrosoftPreset());
		this.harness.json("/common/oauth2/v2.0/token", "{\"access_token\":\"at2\",\"token_type\":\"Bearer\"}");
		this.harness.refresh(microsoft);
		assertThat(PresetHarness.form(this.harness.request("/common/oauth2/v2.0/token")))
			.containsEntry("grant_type", "refresh_token")
			.containsEntry("refresh_token", "the-refresh-token")
			.containsEntry("scope", "openid profile email User.Read offline_access");
	}

	@Test
	void tenantSpecificIssuerIsAcceptedAndMappedWithOidAndThePhotoAsADataUrl() {
		OAuthProvider microsoft = this.harness.provider("microsoft", new MicrosoftPreset(),
				Map.of("tenant-id", TENANT));
		this.harness.jwks("/" + TENANT + "/discovery/v2.0/keys").respond(PHOTO_PATH, photo("image/jpeg"));
		OAuthUserInfo user = this.harness.userInfo(microsoft, tokens(claims(TENANT, TENANT)));
		assertThat(user.id()).isEqualTo(OID);
		assertThat(user.email()).isEqualTo("jane@contoso.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("Jane Doe");
		assertThat(user.image()).isEqualTo("data:image/jpeg;base64,"
				+ Base64.getEncoder().encodeToString(PHOTO_BYTES.getBytes(StandardCharsets.UTF_8)));
		RecordedRequest photo = this.harness.request(PHOTO_PATH);
		assertThat(PresetHarness.target(photo)).isEqualTo("https://graph.microsoft.com" + PHOTO_PATH);
		assertThat(photo.getHeaders().get("Authorization")).isEqualTo("Bearer at");
	}

	@Test
	void tenantSpecificProviderRefusesATokenOfAnotherTenant() {
		OAuthProvider microsoft = this.harness.provider("microsoft", new MicrosoftPreset(),
				Map.of("tenant-id", TENANT));
		this.harness.jwks("/" + TENANT + "/discovery/v2.0/keys");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(microsoft, tokens(claims(OTHER_TENANT, OTHER_TENANT))))
			.satisfies((ex) -> assertThat(ex.description()).contains("issuer"));
	}

	@Test
	void commonAcceptsAnIssuerMatchingTheTokensTid() {
		OAuthProvider microsoft = this.harness.provider(new MicrosoftPreset());
		this.harness.jwks("/common/discovery/v2.0/keys").respond(PHOTO_PATH, photo("image/png"));
		OAuthUserInfo user = this.harness.userInfo(microsoft, tokens(claims(OTHER_TENANT, OTHER_TENANT)));
		assertThat(user.id()).isEqualTo(OID);
		assertThat(user.image()).startsWith("data:image/png;base64,");
	}

	@Test
	void commonRefusesAnIssuerOfAnotherTenantThanTid() {
		OAuthProvider microsoft = this.harness.provider(new MicrosoftPreset());
		this.harness.jwks("/common/discovery/v2.0/keys");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(microsoft, tokens(claims(TENANT, OTHER_TENANT))))
			.satisfies((ex) -> assertThat(ex.description()).contains("issuer"));
	}

	@Test
	void wrongAudienceIsRefused() {
		OAuthProvider microsoft = this.harness.provider(new MicrosoftPreset());
		this.harness.jwks("/common/discovery/v2.0/keys");
		Map<String, Object> claims = claims(TENANT, TENANT);
		claims.put("aud", "another-client");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(microsoft, tokens(claims)))
			.satisfies((ex) -> assertThat(ex.description()).contains("audience"));
	}

	@Test
	void organizationsRefusesPersonalAccountsAndConsumersAcceptsOnlyThem() {
		OAuthProvider organizations = this.harness.provider("microsoft", new MicrosoftPreset(),
				Map.of("tenant-id", "organizations"));
		this.harness.jwks("/organizations/discovery/v2.0/keys").jwks("/consumers/discovery/v2.0/keys");
		String consumers = MicrosoftPreset.CONSUMERS_TENANT_ID;
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(organizations, tokens(claims(consumers, consumers))))
			.satisfies((ex) -> assertThat(ex.description()).contains("personal"));
		assertThat(this.harness.userInfo(organizations, tokens(claims(TENANT, TENANT))).id()).isEqualTo(OID);
		OAuthProvider personal = this.harness.provider("microsoft", new MicrosoftPreset(),
				Map.of("tenant-id", "consumers"));
		assertThat(this.harness.userInfo(personal, tokens(claims(consumers, consumers))).id()).isEqualTo(OID);
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(personal, tokens(claims(TENANT, TENANT))));
	}

	@Test
	void aMissingPhotoLeavesNoImageAndTheSignInGoesOn() {
		OAuthProvider microsoft = this.harness.provider(new MicrosoftPreset());
		this.harness.jwks("/common/discovery/v2.0/keys");
		OAuthUserInfo user = this.harness.userInfo(microsoft, tokens(claims(TENANT, TENANT)));
		assertThat(this.harness.requests(PHOTO_PATH)).hasSize(1);
		assertThat(user.id()).isEqualTo(OID);
		assertThat(user.image()).isNull();
	}

	@Test
	void disableProfilePhotoSkipsGraph() {
		OAuthProvider microsoft = this.harness.provider("microsoft", new MicrosoftPreset(),
				Map.of("disable-profile-photo", "true"));
		this.harness.jwks("/common/discovery/v2.0/keys").respond(PHOTO_PATH, photo("image/jpeg"));
		OAuthUserInfo user = this.harness.userInfo(microsoft, tokens(claims(TENANT, TENANT)));
		assertThat(user.image()).isNull();
		assertThat(this.harness.requests(PHOTO_PATH)).isEmpty();
	}

	@Test
	void emailVerifiedClaimWinsOverTheVerifiedLists() {
		OAuthProvider microsoft = this.harness.provider("microsoft", new MicrosoftPreset(),
				Map.of("disable-profile-photo", "true"));
		this.harness.jwks("/common/discovery/v2.0/keys");
		Map<String, Object> claims = claims(TENANT, TENANT);
		claims.put("email_verified", false);
		assertThat(this.harness.userInfo(microsoft, tokens(claims)).emailVerified()).isFalse();
		Map<String, Object> unlisted = claims(TENANT, TENANT);
		unlisted.remove("verified_primary_email");
		OAuthUserInfo user = this.harness.userInfo(microsoft, tokens(unlisted));
		assertThat(user.email()).isEqualTo("jane@contoso.com");
		assertThat(user.emailVerified()).isFalse();
		Map<String, Object> secondary = claims(TENANT, TENANT);
		secondary.remove("verified_primary_email");
		secondary.put("verified_secondary_email", List.of("other@contoso.com", "JANE@contoso.com"));
		assertThat(this.harness.userInfo(microsoft, tokens(secondary)).emailVerified()).isTrue();
	}

	@Test
	void noEmailClaimLeavesNoEmail() {
		OAuthProvider microsoft = this.harness.provider("microsoft", new MicrosoftPreset(),
				Map.of("disable-profile-photo", "true"));
		this.harness.jwks("/common/discovery/v2.0/keys");
		Map<String, Object> claims = claims(TENANT, TENANT);
		claims.remove("email");
		OAuthUserInfo user = this.harness.userInfo(microsoft, tokens(claims));
		assertThat(user.email()).isNull();
		assertThat(user.emailVerified()).isFalse();
	}

	@Test
	void aTokenWithoutOidIsRefused() {
		OAuthProvider microsoft = this.harness.provider(new MicrosoftPreset());
		this.harness.jwks("/common/discovery/v2.0/keys");
		Map<String, Object> claims = claims(TENANT, TENANT);
		claims.remove("oid");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.harness.userInfo(microsoft, tokens(claims)))
			.satisfies((ex) -> assertThat(ex.description()).contains("oid"));
	}

	/**
	 * An id_token's claims, as Microsoft issues them for a user of tenant {@code tid}.
	 */
	static Map<String, Object> claims(String issuerTenant, String tid) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", "https://login.microsoftonline.com/" + issuerTenant + "/v2.0");
		claims.put("aud", "client-id");
		claims.put("tid", tid);
		claims.put("oid", OID);
		claims.put("sub", "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ");
		claims.put("name", "Jane Doe");
		claims.put("preferred_username", "jane@contoso.com");
		claims.put("email", "jane@contoso.com");
		claims.put("verified_primary_email", List.of("jane@contoso.com"));
		return claims;
	}

	private TokenSet tokens(Map<String, Object> claims) {
		return new TokenSet("at", null, this.harness.idToken(claims), null, null, null);
	}

	private static MockResponse photo(String contentType) {
		return new MockResponse.Builder().code(200).setHeader("Content-Type", contentType).body(PHOTO_BYTES).build();
	}

}
