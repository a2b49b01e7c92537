package dev.betterauth.autoconfigure.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.sql.DataSource;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.betterauth.core.AuthJson;
import dev.betterauth.core.crypto.Pkce;
import dev.betterauth.core.crypto.TokenCipher;
import dev.betterauth.core.token.AccessTokens;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP API end to end: a real server on a random port, a MockWebServer provider, and
 * a real database chosen by the subclass. Every failure is checked for the error code,
 * the redirect and that nothing was written.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractOAuthFlowTests implements AccountLinkingFlowTests, TokenFlowTests, TransactionalEventFlowTests,
		HostileInputTests, RequestHardeningTests, OriginCheckTests, SessionManagementTests, SecurityIntegrationTests,
		RateLimitStoreTests, CleanupTests {

	@Override
	public AbstractOAuthFlowTests suite() {
		return this;
	}

	static final FakeProvider provider = new FakeProvider();

	static final RSAKey signingKey = generateKey();

	static final String ERROR_PAGE = "http://app.test/api/auth/error";

	static final String SECRET = "e2e-secret-0123456789abcdef0123456789";

	/**
	 * Tokens are stored encrypted: this reads them as Better Auth (or this starter)
	 * would.
	 */
	static final TokenCipher cipher = new TokenCipher(SECRET);

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	DataSource dataSource;

	@Autowired
	TestApplication.EventRecorder eventRecorder;

	@Autowired
	TestApplication.SignUpRecorder signUpRecorder;

	@Autowired
	AccessTokens accessTokens;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		registry.add("better-auth.secret", () -> SECRET);
		registry.add("better-auth.base-url", () -> "http://app.test");
		registry.add("better-auth.trusted-origins", () -> "https://trusted.example");
		registry.add("better-auth.http.read-timeout", () -> "1s");
		for (String id : List.of("mock", "basic", "other", "closed", "invite")) {
			String prefix = "better-auth.providers." + id + ".";
			registry.add(prefix + "client-id", () -> id + "-client");
			registry.add(prefix + "client-secret", () -> id + "-secret");
			registry.add(prefix + "auth-url", () -> provider.url("/" + id + "/authorize"));
			registry.add(prefix + "token-url", () -> provider.url("/" + id + "/token"));
			registry.add(prefix + "user-info-url", () -> provider.url("/" + id + "/userinfo"));
			registry.add(prefix + "scopes", () -> "email,profile");
		}
		registry.add("better-auth.providers.basic.authentication", () -> "basic");
		registry.add("better-auth.providers.closed.disable-sign-up", () -> "true");
		registry.add("better-auth.providers.other.access-token-expires-in", () -> "2h");
		registry.add("better-auth.providers.invite.disable-implicit-sign-up", () -> "true");
		registry.add("better-auth.providers.oidc.client-id", () -> "oidc-client");
		registry.add("better-auth.providers.oidc.client-secret", () -> "oidc-secret");
		registry.add("better-auth.providers.oidc.discovery-url",
				() -> provider.url("/oidc/.well-known/openid-configuration"));
		registry.add("better-auth.providers.oidc.scopes", () -> "openid,email");
		// The same OpenID provider configured by hand, without discovery: its keys by
		// URL.
		registry.add("better-auth.providers.oidcstatic.client-id", () -> "oidc-client");
		registry.add("better-auth.providers.oidcstatic.client-secret", () -> "oidc-secret");
		registry.add("better-auth.providers.oidcstatic.auth-url", () -> provider.url("/oidc/authorize"));
		registry.add("better-auth.providers.oidcstatic.token-url", () -> provider.url("/oidcstatic/token"));
		registry.add("better-auth.providers.oidcstatic.issuer", AbstractOAuthFlowTests::issuer);
		registry.add("better-auth.providers.oidcstatic.jwks-url", () -> provider.url("/oidc/jwks"));
		registry.add("better-auth.providers.oidcstatic.scopes", () -> "openid,email");
		// Discovery answers 404: the provider stays configured but cannot be set up.
		registry.add("better-auth.providers.down.client-id", () -> "down-client");
		registry.add("better-auth.providers.down.discovery-url",
				() -> provider.url("/down/.well-known/openid-configuration"));
		// Nothing listens on port 1 of the loopback address.
		registry.add("better-auth.providers.unreachable.client-id", () -> "unreachable-client");
		registry.add("better-auth.providers.unreachable.auth-url", () -> "https://idp.example/authorize");
		registry.add("better-auth.providers.unreachable.token-url", () -> "http://127.0.0.1:1/internal/token");
		registry.add("spring.jpa.hibernate.ddl-auto", () -> "validate");
		registry.add("better-auth.user.delete.enabled", () -> "true");
		// Hundreds of sign-ins from one address: the limiter has tests of its own.
		registry.add("better-auth.rate-limit.enabled", () -> "false");
		registry.add("spring.jpa.open-in-view", () -> "false");
		provider.serve("/oidc/jwks", new JWKSet(signingKey.toPublicJWK()).toString());
		provider.serve("/oidc/.well-known/openid-configuration",
				"{\"issuer\":\"" + issuer() + "\",\"authorization_endpoint\":\"" + provider.url("/oidc/authorize")
						+ "\",\"token_endpoint\":\"" + provider.url("/oidc/token") + "\",\"userinfo_endpoint\":\""
						+ provider.url("/oidc/userinfo") + "\",\"jwks_uri\":\"" + provider.url("/oidc/jwks") + "\"}");
	}

	@BeforeEach
	void reset() {
		provider.reset();
		this.eventRecorder.events.clear();
		this.eventRecorder.inTransaction.clear();
		this.signUpRecorder.visibleUserIds.clear();
		inTransaction((em) -> {
			for (String entity : List.of("BetterAuthSession", "BetterAuthAccount", "BetterAuthVerification",
					"BetterAuthUser")) {
				em.createQuery("delete from " + entity).executeUpdate();
			}
			return null;
		});
	}

	// ---- sign-in/social
	// ---------------------------------------------------------------------

	@Test
	void signInAnswersTheAuthorizationUrlWithLocationAndAStateCookie() throws Exception {
		Answer answer = post("/api/auth/sign-in/social",
				"{\"provider\":\"mock\",\"callbackURL\":\"/done\",\"scopes\":[\"repo\",\"email\"],\"loginHint\":\"jane@example.com\","
						+ "\"additionalParams\":{\"prompt\":\"consent\"}}",
				null);
		assertThat(answer.status()).isEqualTo(200);
		JsonNode body = AuthJson.mapper().readTree(answer.body());
		assertThat(body.get("redirect").asBoolean()).isTrue();
		String url = body.get("url").asString();
		assertThat(answer.location()).isEqualTo(url);
		Map<String, String> query = query(URI.create(url));
		assertThat(url).startsWith(provider.url("/mock/authorize") + "?");
		assertThat(query).containsEntry("response_type", "code")
			.containsEntry("client_id", "mock-client")
			.containsEntry("scope", "repo email profile")
			.containsEntry("redirect_uri", "http://app.test/api/auth/callback/mock")
			.containsEntry("login_hint", "jane@example.com")
			.containsEntry("code_challenge_method", "S256")
			.containsEntry("prompt", "consent")
			.doesNotContainKey("nonce");
		assertThat(query.get("state")).matches("[A-Za-z0-9]{32}");
		assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
		assertThat(answer.cookie("better-auth.state")).startsWith(query.get("state") + ".");
		assertThat(answer.setCookie("better-auth.state")).contains("Max-Age=300", "HttpOnly", "SameSite=Lax", "Path=/");
		assertThat(count("BetterAuthVerification")).isEqualTo(1);
	}

	@Test
	void disableRedirectOmitsLocation() throws Exception {
		Answer answer = post("/api/auth/sign-in/social", "{\"provider\":\"mock\",\"disableRedirect\":true}", null);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.location()).isNull();
		assertThat(answer.body()).contains("\"redirect\":false");
	}

	@Test
	void signInRequestErrorsUseBetterAuthsEnvelope() throws Exception {
		assertError(post("/api/auth/sign-in/social", "{}", null), 400, "VALIDATION_ERROR");
		assertError(post("/api/auth/sign-in/social", "", null), 400, "VALIDATION_ERROR");
		assertError(post("/api/auth/sign-in/social", "{not json", null), 400, "VALIDATION_ERROR");
		assertError(post("/api/auth/sign-in/social", "{\"provider\":42,\"scopes\":\"x\"}", null), 400,
				"VALIDATION_ERROR");
		assertError(post("/api/auth/sign-in/social", "{\"provider\":\"nope\"}", null), 404, "PROVIDER_NOT_FOUND");
		for (String reserved : List.of("state", "client_id", "redirect_uri", "code_challenge", "nonce", "Scope")) {
			assertError(
					post("/api/auth/sign-in/social",
							"{\"provider\":\"mock\",\"additionalParams\":{\"" + reserved + "\":\"x\"}}", null),
					400, "VALIDATION_ERROR");
		}
		assertThat(count("BetterAuthVerification")).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example", "/\\\\evil.example", "/%2F%2Fevil.example", "javascript:alert(1)",
			"https://evil.example/x", "https://trusted.example.evil.example" })
	void untrustedCallbackUrlsAreRefused(String url) throws Exception {
		String json = AuthJson.mapper().writeValueAsString(url);
		assertError(post("/api/auth/sign-in/social", "{\"provider\":\"mock\",\"callbackURL\":" + json + "}", null), 403,
				"INVALID_CALLBACK_URL");
		assertError(post("/api/auth/sign-in/social", "{\"provider\":\"mock\",\"errorCallbackURL\":" + json + "}", null),
				403, "INVALID_ERROR_CALLBACK_URL");
		assertError(
				post("/api/auth/sign-in/social", "{\"provider\":\"mock\",\"newUserCallbackURL\":" + json + "}", null),
				403, "INVALID_NEW_USER_CALLBACK_URL");
		assertThat(count("BetterAuthVerification")).isZero();
	}

	@Test
	void trustedAbsoluteCallbackUrlsAreAccepted() throws Exception {
		assertThat(post("/api/auth/sign-in/social",
				"{\"provider\":\"mock\",\"callbackURL\":\"https://trusted.example/after\"}", null)
			.status()).isEqualTo(200);
		assertThat(post("/api/auth/sign-in/social", "{\"provider\":\"mock\",\"callbackURL\":\"http://app.test/after\"}",
				null)
			.status()).isEqualTo(200);
	}

	// ---- callback: success
	// ----------------------------------------------------------------------

	@Test
	void firstSignInCreatesUserAccountAndSessionAndGoesToNewUserUrl() throws Exception {
		Flow flow = start("mock", "\"callbackURL\":\"/done\",\"newUserCallbackURL\":\"/welcome\"");
		enqueueTokens("mock", "at-1", "rt-1");
		enqueueProfile("mock", "u-1", "Jane@Example.com");
		Answer answer = callback("mock", "code=the-code&state=" + flow.state(), flow.stateCookie());
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).isEqualTo("/welcome");
		assertThat(answer.setCookie("better-auth.state")).contains("Max-Age=0");
		String session = answer.cookie("better-auth.session_token");
		assertThat(session).matches("[A-Za-z0-9]{32}\\.[A-Za-z0-9%]{44,}");
		assertThat(answer.setCookie("better-auth.session_token")).contains("Max-Age=604800", "HttpOnly", "SameSite=Lax",
				"Path=/");

		RecordedRequest tokenRequest = provider.requests("/mock/token").get(0);
		Map<String, String> form = form(tokenRequest.getBody().utf8());
		assertThat(form).containsEntry("grant_type", "authorization_code")
			.containsEntry("code", "the-code")
			.containsEntry("redirect_uri", "http://app.test/api/auth/callback/mock")
			.containsEntry("client_id", "mock-client")
			.containsEntry("client_secret", "mock-secret");
		assertThat(Pkce.s256Challenge(form.get("code_verifier"))).isEqualTo(flow.query().get("code_challenge"));
		assertThat(provider.requests("/mock/userinfo").get(0).getHeaders().get("Authorization"))
			.isEqualTo("Bearer at-1");

		JsonNode current = AuthJson.mapper()
			.readTree(get("/api/auth/get-session", "better-auth.session_token=" + session).body());
		assertThat(current.get("user").get("email").asString()).isEqualTo("jane@example.com");
		assertThat(current.get("user").get("emailVerified").asBoolean()).isTrue();
		assertThat(current.get("session").get("token").asString()).isEqualTo(session.substring(0, 32));
		assertThat(current.get("session").get("expiresAt").asString())
			.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
		assertThat(counts()).containsExactly(1L, 1L, 1L, 0L);
		String stored = this.<String>single("select a.accessToken from BetterAuthAccount a");
		assertThat(stored).as("encrypted at rest").matches("[0-9a-f]{80,}").doesNotContain("at-1");
		assertThat(cipher.decrypt(stored)).isEqualTo("at-1");
		assertThat(cipher.decrypt(this.<String>single("select a.refreshToken from BetterAuthAccount a")))
			.isEqualTo("rt-1");
		assertThat(this.<String>single("select a.scope from BetterAuthAccount a")).isEqualTo("email,profile");
	}

	@Test
	void returningAccountSignsInItsUserUpdatesTokensAndKeepsTheRefreshToken() throws Exception {
		signIn("mock", "u-1", "jane@example.com", "at-1", "rt-1");
		Flow flow = start("mock", "\"callbackURL\":\"/done\",\"newUserCallbackURL\":\"/welcome\"");
		enqueueTokens("mock", "at-2", null);
		enqueueProfile("mock", "u-1", "renamed@example.com");
		Answer answer = callback("mock", "code=c2&state=" + flow.state(), flow.stateCookie());
		assertThat(answer.location()).isEqualTo("/done");
		assertThat(counts()).containsExactly(1L, 1L, 2L, 0L);
		assertThat(storedToken("accessToken")).isEqualTo("at-2");
		assertThat(storedToken("refreshToken")).isEqualTo("rt-1");
	}

	@Test
	void basicClientAuthenticationSendsCredentialsInTheHeader() throws Exception {
		signIn("basic", "u-1", "jane@example.com", "at", null);
		RecordedRequest token = provider.requests("/basic/token").get(0);
		assertThat(token.getHeaders().get("Authorization")).isEqualTo("Basic "
				+ Base64.getEncoder().encodeToString("basic-client:basic-secret".getBytes(StandardCharsets.UTF_8)));
		assertThat(form(token.getBody().utf8())).doesNotContainKeys("client_id", "client_secret");
	}

	@Test
	void formPostCallbackRedirectsToTheGetWithTheSameParameters() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/api/auth/callback/mock"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("code=abc&state=xyz&user=%7B%22name%22%3A1%7D"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.contains("http://app.test/api/auth/callback/mock?code=abc&state=xyz&user=%7B%22name%22%3A1%7D");
	}

	@Test
	void openIdProviderUsesDiscoveryNonceAndIdTokenClaims() throws Exception {
		Flow flow = start("oidc", "\"callbackURL\":\"/done\"");
		assertThat(flow.url()).startsWith(provider.url("/oidc/authorize"));
		String nonce = flow.query().get("nonce");
		assertThat(nonce).matches("[A-Za-z0-9]{32}");
		provider.enqueueJson("/oidc/token", 200,
				"{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":3600," + "\"id_token\":\""
						+ idToken("oidc-sub", "oidc@example.com", nonce) + "\"}");
		Answer answer = callback("oidc", "code=c&state=" + flow.state() + "&iss=" + enc(issuer()), flow.stateCookie());
		assertThat(answer.location()).isEqualTo("/done");
		assertThat(provider.requests("/oidc/userinfo")).as("claims came from the id_token").isEmpty();
		assertThat(this.<String>single("select a.accountId from BetterAuthAccount a")).isEqualTo("oidc-sub");
	}

	@Test
	void openIdProviderWithoutDiscoveryVerifiesItsIdTokensByJwksUrl() throws Exception {
		Flow flow = start("oidcstatic", "\"callbackURL\":\"/done\"");
		String nonce = flow.query().get("nonce");
		assertThat(nonce).as("an OpenID provider gets a nonce").matches("[A-Za-z0-9]{32}");
		provider.enqueueJson("/oidcstatic/token", 200, "{\"access_token\":\"at\",\"id_token\":\""
				+ idToken("static-sub", "static@example.com", nonce) + "\"}");
		Answer answer = callback("oidcstatic", "code=c&state=" + flow.state(), flow.stateCookie());
		assertThat(answer.location()).isEqualTo("/done");
		assertThat(this.<String>single("select a.accountId from BetterAuthAccount a")).isEqualTo("static-sub");

		Flow replayed = start("oidcstatic", "");
		provider.enqueueJson("/oidcstatic/token", 200, "{\"access_token\":\"at\",\"id_token\":\""
				+ idToken("static-sub", "static@example.com", nonce) + "\"}");
		Answer refused = callback("oidcstatic", "code=c&state=" + replayed.state(), replayed.stateCookie());
		assertRedirectError(refused, ERROR_PAGE, "unable_to_get_user_info");
		assertThat(query(refused.location()).get("error_description")).contains("nonce");
	}

	// ---- callback: every error code
	// -----------------------------------------------------------

	@Test
	void duplicatedParametersAreAnInvalidCallbackRequest() throws Exception {
		Flow flow = start("mock", "");
		Answer answer = callback("mock", "code=a&state=" + flow.state() + "&state=" + flow.state(), flow.stateCookie());
		assertRedirectError(answer, ERROR_PAGE, "invalid_callback_request");
		assertThat(count("BetterAuthVerification")).isEqualTo(1);
	}

	@Test
	void missingStateIsStateNotFound() throws Exception {
		assertRedirectError(callback("mock", "code=a", null), ERROR_PAGE, "state_not_found");
		assertRedirectError(callback("mock", "error=access_denied", null), ERROR_PAGE, "state_not_found");
	}

	@Test
	void unknownStateIsStateMismatchOnTheDefaultPage() throws Exception {
		assertRedirectError(callback("mock", "code=a&state=unknown", null), ERROR_PAGE, "state_mismatch");
	}

	@Test
	void missingOrForgedStateCookieIsStateMismatchAndKeepsTheRow() throws Exception {
		Flow flow = start("mock", "\"errorCallbackURL\":\"/oops?from=x\"");
		assertRedirectError(callback("mock", "code=a&state=" + flow.state(), null), "/oops?from=x", "state_mismatch");
		String forged = "better-auth.state=" + flow.state() + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D";
		assertRedirectError(callback("mock", "code=a&state=" + flow.state(), forged), "/oops?from=x", "state_mismatch");
		assertThat(count("BetterAuthVerification")).isEqualTo(1);
		assertThat(provider.requestCount()).isZero();
	}

	@Test
	void providerErrorIsPassedThroughWithItsDescription() throws Exception {
		Flow flow = start("mock", "\"errorCallbackURL\":\"/oops\"");
		Answer answer = callback("mock",
				"error=access_denied&error_description=" + enc("User said no") + "&state=" + flow.state(),
				flow.stateCookie());
		assertRedirectError(answer, "/oops", "access_denied");
		assertThat(query(answer.location())).containsEntry("error_description", "User said no");
		assertThat(count("BetterAuthVerification")).as("the state is spent").isZero();
	}

	@Test
	void missingCodeIsNoCode() throws Exception {
		Flow flow = start("mock", "");
		assertRedirectError(callback("mock", "state=" + flow.state(), flow.stateCookie()), ERROR_PAGE, "no_code");
	}

	@Test
	void providerRemovedMidFlowIsOauthProviderNotFound() throws Exception {
		Flow flow = start("mock", "");
		// Rebind the stored state to a provider id that is no longer configured.
		inTransaction((em) -> em
			.createQuery("update BetterAuthVerification v set v.value = replace(v.value, '\"providerId\":\"mock\"', "
					+ "'\"providerId\":\"gone\"')")
			.executeUpdate());
		assertRedirectError(callback("gone", "code=a&state=" + flow.state(), flow.stateCookie()), ERROR_PAGE,
				"oauth_provider_not_found");
	}

	@Test
	void stateUsedOnAnotherProvidersCallbackIsRefusedBeforeAnyCodeExchange() throws Exception {
		Flow flow = start("mock", "");
		enqueueTokens("other", "at", null);
		enqueueProfile("other", "u", "x@example.com");
		assertRedirectError(callback("other", "code=a&state=" + flow.state(), flow.stateCookie()), ERROR_PAGE,
				"state_mismatch");
		assertThat(provider.requestCount()).isZero();
		assertThat(counts()).containsExactly(0L, 0L, 0L, 0L);
	}

	@Test
	void issuerMismatchIsRefused() throws Exception {
		Flow flow = start("oidc", "");
		assertRedirectError(callback("oidc", "code=a&state=" + flow.state() + "&iss=" + enc("https://evil.example"),
				flow.stateCookie()), ERROR_PAGE, "issuer_mismatch");
		assertThat(provider.requests("/oidc/token")).isEmpty();
	}

	@Test
	void tokenEndpointFailuresAreInvalidCodeWithNothingWritten() throws Exception {
		List<MockResponse> faults = List.of(FakeProvider.json(400, "{\"error\":\"invalid_grant\"}"),
				FakeProvider.json(500, "{}"), FakeProvider.json(200, "not json"),
				FakeProvider.json(200, "{\"token_type\":\"Bearer\"}"),
				new MockResponse.Builder().code(302).setHeader("Location", provider.url("/mock/token2")).build(),
				new MockResponse.Builder().code(200)
					.setHeader("Content-Type", "application/json")
					.body("{\"access_token\":\"late\"}")
					.headersDelay(3, TimeUnit.SECONDS)
					.build());
		for (MockResponse fault : faults) {
			Flow flow = start("mock", "");
			provider.enqueue("/mock/token", fault);
			assertRedirectError(callback("mock", "code=a&state=" + flow.state(), flow.stateCookie()), ERROR_PAGE,
					"invalid_code");
			assertThat(counts()).as(fault.toString()).containsExactly(0L, 0L, 0L, 0L);
		}
		assertThat(provider.requests("/mock/token2")).as("redirects are not followed").isEmpty();
	}

	@Test
	void userInfoFailuresAreUnableToGetUserInfoWithNothingWritten() throws Exception {
		Flow flow = start("mock", "");
		enqueueTokens("mock", "at", null);
		provider.enqueueJson("/mock/userinfo", 401, "{\"error\":\"invalid_token\"}");
		assertRedirectError(callback("mock", "code=a&state=" + flow.state(), flow.stateCookie()), ERROR_PAGE,
				"unable_to_get_user_info");
		flow = start("mock", "");
		enqueueTokens("mock", "at", null);
		provider.enqueueJson("/mock/userinfo", 200, "{\"email\":\"no-subject@example.com\"}");
		assertRedirectError(callback("mock", "code=a&state=" + flow.state(), flow.stateCookie()), ERROR_PAGE,
				"unable_to_get_user_info");
		assertThat(counts()).containsExactly(0L, 0L, 0L, 0L);
	}

	@Test
	void idTokenSignedByAnotherKeyIsRefused() throws Exception {
		Flow flow = start("oidc", "");
		String forged = idToken("s", "x@example.com", flow.query().get("nonce"), generateKey());
		provider.enqueueJson("/oidc/token", 200, "{\"access_token\":\"at\",\"id_token\":\"" + forged + "\"}");
		Answer answer = callback("oidc", "code=a&state=" + flow.state(), flow.stateCookie());
		assertRedirectError(answer, ERROR_PAGE, "unable_to_get_user_info");
		assertThat(query(answer.location()).get("error_description")).contains("signature");
		assertThat(counts()).containsExactly(0L, 0L, 0L, 0L);
	}

	@Test
	void userInfoSubjectOtherThanTheIdTokensIsRefused() throws Exception {
		Flow flow = start("oidc", "");
		// No email in the id_token: the userinfo endpoint is read, and must name the same
		// subject.
		String idToken = idToken("real-subject", null, flow.query().get("nonce"));
		provider.enqueueJson("/oidc/token", 200, "{\"access_token\":\"at\",\"id_token\":\"" + idToken + "\"}");
		provider.enqueueJson("/oidc/userinfo", 200, "{\"sub\":\"someone-else\",\"email\":\"x@example.com\"}");
		Answer answer = callback("oidc", "code=a&state=" + flow.state(), flow.stateCookie());
		assertRedirectError(answer, ERROR_PAGE, "unable_to_get_user_info");
		assertThat(query(answer.location()).get("error_description")).contains("sub");
		assertThat(counts()).containsExactly(0L, 0L, 0L, 0L);
	}

	@Test
	void tokenResponseWithoutExpiresInGetsTheProvidersDefaultLifetime() throws Exception {
		Flow flow = start("other", "");
		provider.enqueueJson("/other/token", 200, "{\"access_token\":\"at\",\"token_type\":\"Bearer\"}");
		enqueueProfile("other", "o-1", "jane@example.com");
		callback("other", "code=a&state=" + flow.state(), flow.stateCookie());
		Instant expiresAt = this.<Instant>single("select a.accessTokenExpiresAt from BetterAuthAccount a");
		assertThat(expiresAt).isBetween(Instant.now().plus(Duration.ofMinutes(119)),
				Instant.now().plus(Duration.ofMinutes(121)));
	}

	@Test
	void idTokenWithAnotherNonceIsRefused() throws Exception {
		Flow flow = start("oidc", "");
		provider.enqueueJson("/oidc/token", 200,
				"{\"access_token\":\"at\",\"id_token\":\"" + idToken("s", "x@example.com", "other-nonce") + "\"}");
		assertRedirectError(callback("oidc", "code=a&state=" + flow.state(), flow.stateCookie()), ERROR_PAGE,
				"unable_to_get_user_info");
		assertThat(counts()).containsExactly(0L, 0L, 0L, 0L);
	}

	@Test
	void profileWithoutEmailIsEmailNotFound() throws Exception {
		Flow flow = start("mock", "");
		enqueueTokens("mock", "at", null);
		provider.enqueueJson("/mock/userinfo", 200, "{\"id\":12345,\"login\":\"octocat\"}");
		assertRedirectError(callback("mock", "code=a&state=" + flow.state(), flow.stateCookie()), ERROR_PAGE,
				"email_not_found");
		assertThat(counts()).containsExactly(0L, 0L, 0L, 0L);
	}

	@Test
	void existingEmailThroughAnotherProviderIsAccountNotLinked() throws Exception {
		signIn("mock", "u-1", "jane@example.com", "at", null);
		Flow flow = start("other", "\"errorCallbackURL\":\"/oops\"");
		enqueueTokens("other", "at", null);
		enqueueProfile("other", "o-1", "JANE@example.com", false);
		assertRedirectError(callback("other", "code=a&state=" + flow.state(), flow.stateCookie()), "/oops",
				"account_not_linked");
		assertThat(counts()).containsExactly(1L, 1L, 1L, 0L);
	}

	// ---- state lifecycle
	// ------------------------------------------------------------------------

	@Test
	void replayedStateIsRefused() throws Exception {
		Flow flow = start("mock", "\"callbackURL\":\"/done\"");
		enqueueTokens("mock", "at", null);
		enqueueProfile("mock", "u-1", "jane@example.com");
		assertThat(callback("mock", "code=a&state=" + flow.state(), flow.stateCookie()).location()).isEqualTo("/done");
		assertRedirectError(callback("mock", "code=a&state=" + flow.state(), flow.stateCookie()), ERROR_PAGE,
				"state_mismatch");
		assertThat(counts()).containsExactly(1L, 1L, 1L, 0L);
	}

	@Test
	void expiredStateIsRefusedAndDeleted() throws Exception {
		Flow flow = start("mock", "\"errorCallbackURL\":\"/oops\"");
		inTransaction((em) -> em
			.createQuery("update BetterAuthVerification v set v.value = replace(v.value, '\"expiresAt\":', "
					+ "'\"expiresAt\":1,\"was\":')")
			.executeUpdate());
		Answer answer = callback("mock", "code=a&state=" + flow.state(), flow.stateCookie());
		assertRedirectError(answer, "/oops", "state_mismatch");
		assertThat(query(answer.location()).get("error_description")).contains("expired");
		assertThat(count("BetterAuthVerification")).isZero();
		assertThat(provider.requestCount()).isZero();
	}

	@Test
	void concurrentCallbacksWithOneStateGiveExactlyOneSession() throws Exception {
		Flow flow = start("mock", "\"callbackURL\":\"/done\"");
		enqueueTokens("mock", "at", null);
		enqueueProfile("mock", "u-1", "jane@example.com");
		int callers = 8;
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			List<Callable<Answer>> calls = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				calls.add(() -> callback("mock", "code=a&state=" + flow.state(), flow.stateCookie()));
			}
			List<String> locations = new ArrayList<>();
			for (Future<Answer> result : pool.invokeAll(calls)) {
				locations.add(result.get().location());
			}
			assertThat(locations).filteredOn("/done"::equals).hasSize(1);
			assertThat(locations).filteredOn((l) -> l.contains("error=state_mismatch")).hasSize(callers - 1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(provider.requests("/mock/token")).hasSize(1);
		assertThat(counts()).containsExactly(1L, 1L, 1L, 0L);
	}

	// ---- sessions
	// -------------------------------------------------------------------------------

	@Test
	void getSessionIsNullWithoutOrWithAForgedCookie() throws Exception {
		Answer none = get("/api/auth/get-session", null);
		assertThat(none.body()).isEqualTo("null");
		assertThat(none.header("Cache-Control")).contains("no-store");
		String session = signIn("mock", "u-1", "jane@example.com", "at", null);
		String tampered = session.substring(0, 31) + (session.charAt(31) == 'A' ? 'B' : 'A') + session.substring(32);
		Answer forged = get("/api/auth/get-session", "better-auth.session_token=" + tampered);
		assertThat(forged.body()).isEqualTo("null");
		assertThat(forged.setCookie("better-auth.session_token")).contains("Max-Age=0");
	}

	@Test
	void getSessionExtendsAnAgedSessionAndDropsAnExpiredOne() throws Exception {
		String session = signIn("mock", "u-1", "jane@example.com", "at", null);
		String cookie = "better-auth.session_token=" + session;
		assertThat(get("/api/auth/get-session", cookie).setCookie("better-auth.session_token"))
			.as("a fresh session is not extended")
			.isNull();
		Instant aged = Instant.now().plus(Duration.ofDays(5));
		updateSessions("set s.expiresAt = :at", aged);
		Answer extended = get("/api/auth/get-session", cookie);
		assertThat(extended.setCookie("better-auth.session_token")).contains("Max-Age=604800");
		Instant expiresAt = this.<Instant>single("select s.expiresAt from BetterAuthSession s");
		assertThat(expiresAt).isAfter(Instant.now().plus(Duration.ofDays(6)));
		assertThat(get("/api/auth/get-session?disableRefresh=true", cookie).setCookie("better-auth.session_token"))
			.isNull();
		updateSessions("set s.expiresAt = :at", Instant.now().minusSeconds(1));
		assertThat(get("/api/auth/get-session", cookie).body()).isEqualTo("null");
		assertThat(count("BetterAuthSession")).isZero();
	}

	@Test
	void everyEndpointThatExtendsTheSessionAlsoExtendsItsCookie() throws Exception {
		String session = signIn("mock", "u-1", "jane@example.com", "at", null);
		String cookie = "better-auth.session_token=" + session;
		assertThat(get("/api/auth/list-accounts", cookie).setCookie("better-auth.session_token"))
			.as("a fresh session is not extended")
			.isNull();
		updateSessions("set s.expiresAt = :at", Instant.now().plus(Duration.ofDays(5)));
		Answer listed = get("/api/auth/list-accounts", cookie);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.setCookie("better-auth.session_token")).contains("Max-Age=604800");
		assertThat(this.<Instant>single("select s.expiresAt from BetterAuthSession s"))
			.isAfter(Instant.now().plus(Duration.ofDays(6)));
	}

	@Test
	void signOutRevokesTheSessionAndClearsCookies() throws Exception {
		String session = signIn("mock", "u-1", "jane@example.com", "at", null);
		Answer answer = post("/api/auth/sign-out", "", "better-auth.session_token=" + session);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("{\"success\":true}");
		assertThat(answer.setCookie("better-auth.session_token")).contains("Max-Age=0");
		assertThat(answer.setCookie("better-auth.session_data")).contains("Max-Age=0");
		assertThat(count("BetterAuthSession")).isZero();
		assertThat(get("/api/auth/get-session", "better-auth.session_token=" + session).body()).isEqualTo("null");
		assertThat(post("/api/auth/sign-out", "", null).body()).isEqualTo("{\"success\":true}");
	}

	@Test
	void okAndErrorPage() throws Exception {
		assertThat(get("/api/auth/ok", null).body()).isEqualTo("{\"ok\":true}");
		Answer page = get("/api/auth/error?error=state_mismatch&error_description=" + enc("<script>alert(1)</script>"),
				null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.body())
			.contains("<code id=\"error-code\">state_mismatch</code>", "Common causes",
					"&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
		assertThat(get("/api/auth/error?error=" + enc("<b>x</b>"), null).body())
			.contains("<code id=\"error-code\">UNKNOWN</code>")
			.doesNotContain("<b>x</b>");
	}

	/**
	 * The SQL statements per callback (new and returning user) and per get-session,
	 * counted at the DataSource (JPA and JDBC alike); printed for the notes and held to
	 * the numbers the design promises.
	 */
	@Test
	void statementsPerCallbackAndPerGetSession() throws Exception {
		Flow flow = start("mock", "");
		enqueueTokens("mock", "at", "rt");
		enqueueProfile("mock", "u-1", "jane@example.com");
		long before = StatementCounter.prepared.get();
		Answer first = callback("mock", "code=a&state=" + flow.state(), flow.stateCookie());
		long newUser = StatementCounter.prepared.get() - before;
		flow = start("mock", "");
		enqueueTokens("mock", "at2", null);
		enqueueProfile("mock", "u-1", "jane@example.com");
		before = StatementCounter.prepared.get();
		callback("mock", "code=b&state=" + flow.state(), flow.stateCookie());
		long returning = StatementCounter.prepared.get() - before;
		String cookie = "better-auth.session_token=" + first.cookie("better-auth.session_token");
		get("/api/auth/get-session", cookie);
		before = StatementCounter.prepared.get();
		get("/api/auth/get-session", cookie);
		long getSession = StatementCounter.prepared.get() - before;
		System.out.printf("[better-auth] %s SQL statements: callback new user=%d, returning user=%d, get-session=%d%n",
				getClass().getSimpleName(), newUser, returning, getSession);
		// state found and consumed by one DELETE ... RETURNING (H2: OLD TABLE); account
		// and email looked up in one select; user, account, session inserts.
		assertThat(newUser).isEqualTo(5);
		// state; the lookup (account joined with its user); the account's changed
		// columns; session insert.
		assertThat(returning).isEqualTo(4);
		// one select of the session joined with its user.
		assertThat(getSession).isEqualTo(1);
	}

	// ---- helpers
	// --------------------------------------------------------------------------------

	static String issuer() {
		return provider.url("/oidc").replaceAll("/$", "");
	}

	String signIn(String providerId, String subject, String email, String accessToken, String refreshToken)
			throws Exception {
		Flow flow = start(providerId, "");
		enqueueTokens(providerId, accessToken, refreshToken);
		enqueueProfile(providerId, subject, email);
		Answer answer = callback(providerId, "code=c&state=" + flow.state(), flow.stateCookie());
		assertThat(answer.status()).isEqualTo(302);
		String session = answer.cookie("better-auth.session_token");
		assertThat(session).as("sign-in failed: " + answer.location()).isNotNull();
		return session;
	}

	/** A whole redirect flow, whatever its outcome. */
	Answer signInAnswer(String providerId, String subject, String email) throws Exception {
		Flow flow = start(providerId, "");
		enqueueTokens(providerId, "at", null);
		enqueueProfile(providerId, subject, email);
		return callback(providerId, "code=c&state=" + flow.state(), flow.stateCookie());
	}

	void enqueueTokens(String providerId, String accessToken, String refreshToken) {
		provider.enqueueJson("/" + providerId + "/token", 200,
				"{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":3600"
						+ ((refreshToken != null) ? ",\"refresh_token\":\"" + refreshToken + "\"" : "") + "}");
	}

	void enqueueProfile(String providerId, String subject, String email) {
		enqueueProfile(providerId, subject, email, true);
	}

	void enqueueProfile(String providerId, String subject, String email, boolean verified) {
		provider.enqueueJson("/" + providerId + "/userinfo", 200,
				"{\"sub\":\"" + subject + "\",\"email\":\"" + email + "\",\"email_verified\":" + verified
						+ ",\"name\":\"Jane\",\"picture\":\"https://img.example/" + subject + "\"}");
	}

	Flow start(String providerId, String extra) throws Exception {
		Answer answer = post("/api/auth/sign-in/social",
				"{\"provider\":\"" + providerId + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}", null);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		String url = AuthJson.mapper().readTree(answer.body()).get("url").asString();
		Map<String, String> query = query(URI.create(url));
		return new Flow(url, query.get("state"), "better-auth.state=" + answer.cookie("better-auth.state"), query);
	}

	Answer callback(String providerId, String query, String cookie) throws IOException, InterruptedException {
		return get("/api/auth/callback/" + providerId + "?" + query, cookie);
	}

	Answer get(String path, String cookie) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return Answer.of(this.http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
	}

	/** A GET with {@code Authorization: Bearer}. */
	Answer getWithBearer(String path, String bearer) throws IOException, InterruptedException {
		return Answer.of(this.http.send(
				HttpRequest.newBuilder(uri(path)).GET().header("Authorization", "Bearer " + bearer).build(),
				HttpResponse.BodyHandlers.ofString()));
	}

	/** A POST from the application's own pages: its origin is the base URL's. */
	Answer post(String path, String json, String cookie) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Origin", "http://app.test")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return Answer.of(this.http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
	}

	/** A POST with the given Origin and Referer headers (none when {@code null}). */
	Answer postFrom(String path, String json, String cookie, String origin, String referer)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		if (origin != null) {
			request.header("Origin", origin);
		}
		if (referer != null) {
			request.header("Referer", referer);
		}
		return Answer.of(this.http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	TransactionTemplate transactions() {
		return new TransactionTemplate(this.transactionManager);
	}

	/** Runs JPQL work in a transaction and returns its result. */
	<T> T inTransaction(Function<EntityManager, T> work) {
		return transactions().execute((status) -> work
			.apply(EntityManagerFactoryUtils.getTransactionalEntityManager(this.entityManagerFactory)));
	}

	/** The database product the application runs on. */
	String databaseProduct() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName();
		}
	}

	long count(String entity) {
		return single("select count(x) from " + entity + " x");
	}

	/** Users, accounts, sessions, verifications. */
	List<Long> counts() {
		return List.of(count("BetterAuthUser"), count("BetterAuthAccount"), count("BetterAuthSession"),
				count("BetterAuthVerification"));
	}

	/** The decrypted token of the only account. */
	String storedToken(String field) {
		return cipher.decrypt(this.<String>single("select a." + field + " from BetterAuthAccount a"));
	}

	@SuppressWarnings("unchecked")
	<T> T single(String jpql) {
		return inTransaction((em) -> (T) em.createQuery(jpql).getSingleResult());
	}

	void updateSessions(String set, Instant at) {
		inTransaction(
				(em) -> em.createQuery("update BetterAuthSession s " + set).setParameter("at", at).executeUpdate());
	}

	JsonNode json(Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return AuthJson.mapper().readTree(answer.body());
	}

	static void assertError(Answer answer, int status, String code) throws Exception {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		JsonNode body = AuthJson.mapper().readTree(answer.body());
		assertThat(body.get("code").asString()).isEqualTo(code);
		assertThat(body.get("message").asString()).isNotBlank();
	}

	static void assertRedirectError(Answer answer, String errorUrl, String code) {
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).startsWith(errorUrl + (errorUrl.contains("?") ? "&" : "?") + "error=" + code);
		assertThat(query(answer.location())).containsEntry("error", code);
		assertThat(answer.cookie("better-auth.session_token")).isNull();
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static Map<String, String> query(URI uri) {
		return form(uri.getRawQuery());
	}

	static Map<String, String> query(String url) {
		int q = url.indexOf('?');
		return (q < 0) ? Map.of() : form(url.substring(q + 1));
	}

	static Map<String, String> form(String encoded) {
		Map<String, String> map = new LinkedHashMap<>();
		if (encoded == null || encoded.isEmpty()) {
			return map;
		}
		for (String pair : encoded.split("&")) {
			int eq = pair.indexOf('=');
			map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return map;
	}

	static String idToken(String subject, String email, String nonce) {
		return idToken(subject, email, nonce, signingKey);
	}

	static String idToken(String subject, String email, String nonce, RSAKey key) {
		return idToken(subject, email, nonce, key, Map.of());
	}

	static String idToken(String subject, String email, String nonce, Map<String, Object> extraClaims) {
		return idToken(subject, email, nonce, signingKey, extraClaims);
	}

	static String idToken(String subject, String email, String nonce, RSAKey key, Map<String, Object> extraClaims) {
		try {
			JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
			extraClaims.forEach(builder::claim);
			JWTClaimsSet claims = builder.issuer(issuer())
				.subject(subject)
				.audience("oidc-client")
				.issueTime(new Date())
				.expirationTime(new Date(System.currentTimeMillis() + 60_000))
				.claim("email", email)
				.claim("email_verified", (email != null) ? Boolean.TRUE : null)
				.claim("nonce", nonce)
				.build();
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
				.type(JOSEObjectType.JWT)
				.build(), claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static RSAKey generateKey() {
		try {
			return new RSAKeyGenerator(2048).keyID("test-key-1").generate();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Flow(String url, String state, String stateCookie, Map<String, String> query) {
	}

	record Answer(int status, String location, List<String> setCookies, String body,
			Map<String, List<String>> headers) {

		static Answer of(HttpResponse<String> response) {
			return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.headers().allValues("Set-Cookie"), response.body(), response.headers().map());
		}

		String setCookie(String name) {
			return this.setCookies.stream().filter((c) -> c.startsWith(name + "=")).findFirst().orElse(null);
		}

		/** The value of a cookie this answer sets (not an expiry). */
		String cookie(String name) {
			String header = setCookie(name);
			if (header == null || header.contains("Max-Age=0")) {
				return null;
			}
			return header.substring(name.length() + 1, header.indexOf(';'));
		}

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.map((e) -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

}
