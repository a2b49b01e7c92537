package dev.betterauth.autoconfigure.e2e;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.betterauth.core.account.AccountNotFoundException;
import dev.betterauth.core.token.AccessToken;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Handing provider tokens out: get-access-token, refresh-token, account-info. A mixin of
 * the end-to-end suite, so it runs on every database.
 */
interface TokenFlowTests {

	AbstractOAuthFlowTests suite();

	@Test
	default void freshTokenIsHandedOutWithoutRefresh() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String cookie = cookie(t.signIn("mock", "u-1", "jane@example.com", "at-1", "rt-1"));
		JsonNode token = t
			.json(t.post("/api/auth/get-access-token", "{\"accountId\":\"" + accountId(t, cookie) + "\"}", cookie));
		assertThat(token.get("accessToken").asString()).isEqualTo("at-1");
		assertThat(token.get("scopes").get(0).asString()).isEqualTo("email");
		assertThat(token.has("accessTokenExpiresAt")).isTrue();
		assertThat(token.has("idToken")).isTrue();
		assertThat(refreshes(t)).isEmpty();
	}

	@Test
	default void expiredTokenIsRefreshedAndANonRotatedRefreshTokenIsKept() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String cookie = cookie(t.signIn("mock", "u-1", "jane@example.com", "at-1", "rt-1"));
		expireAccessTokens(t, Instant.now().minusSeconds(60));
		t.provider.enqueueJson("/mock/token", 200, "{\"access_token\":\"at-2\",\"expires_in\":3600}");
		JsonNode token = t
			.json(t.post("/api/auth/get-access-token", "{\"accountId\":\"" + accountId(t, cookie) + "\"}", cookie));
		assertThat(token.get("accessToken").asString()).isEqualTo("at-2");
		RecordedRequest refresh = refreshes(t).get(0);
		assertThat(AbstractOAuthFlowTests.form(refresh.getBody().utf8())).containsEntry("refresh_token", "rt-1")
			.containsEntry("client_id", "mock-client")
			.containsEntry("client_secret", "mock-secret");
		assertThat(t.storedToken("accessToken")).isEqualTo("at-2");
		assertThat(t.storedToken("refreshToken")).as("non-rotating provider").isEqualTo("rt-1");
	}

	@Test
	default void tokenWithinTheMarginIsRefreshedAndARotatedRefreshTokenIsStored() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String cookie = cookie(t.signIn("mock", "u-1", "jane@example.com", "at-1", "rt-1"));
		expireAccessTokens(t, Instant.now().plusSeconds(3));
		t.provider.enqueueJson("/mock/token", 200,
				"{\"access_token\":\"at-2\",\"refresh_token\":\"rt-2\",\"expires_in\":3600}");
		assertThat(t.json(t.post("/api/auth/get-access-token", "{\"useAccountCookie\":true}", cookie))
			.get("accessToken")
			.asString()).isEqualTo("at-2");
		assertThat(t.storedToken("refreshToken")).isEqualTo("rt-2");
	}

	@Test
	default void expiredTokenWithoutRefreshTokenOrARefusedRefreshFailsClearly() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String cookie = cookie(t.signIn("mock", "u-1", "jane@example.com", "at-1", null));
		expireAccessTokens(t, Instant.now().minusSeconds(1));
		String body = "{\"accountId\":\"" + accountId(t, cookie) + "\"}";
		AbstractOAuthFlowTests.Answer none = t.post("/api/auth/get-access-token", body, cookie);
		AbstractOAuthFlowTests.assertError(none, 400, "FAILED_TO_GET_ACCESS_TOKEN");
		assertThat(none.body()).contains("sign in with mock again");
		assertThat(refreshes(t)).isEmpty();

		t.reset();
		cookie = cookie(t.signIn("mock", "u-1", "jane@example.com", "at-1", "rt-1"));
		expireAccessTokens(t, Instant.now().minusSeconds(1));
		t.provider.enqueueJson("/mock/token", 400, "{\"error\":\"invalid_grant\"}");
		AbstractOAuthFlowTests.Answer refused = t.post("/api/auth/get-access-token",
				"{\"accountId\":\"" + accountId(t, cookie) + "\"}", cookie);
		AbstractOAuthFlowTests.assertError(refused, 400, "FAILED_TO_GET_ACCESS_TOKEN");
		assertThat(refused.body()).contains("invalid_grant", "sign in with mock again").doesNotContain("at-1");
		assertThat(t.storedToken("accessToken")).as("nothing half-written").isEqualTo("at-1");
	}

	@Test
	default void getAccessTokenRequestErrors() throws Exception {
		AbstractOAuthFlowTests t = suite();
		AbstractOAuthFlowTests.assertError(t.post("/api/auth/get-access-token", "{\"accountId\":\"x\"}", null), 401,
				"UNAUTHORIZED");
		String cookie = cookie(t.signIn("mock", "u-1", "jane@example.com", "at-1", "rt-1"));
		AbstractOAuthFlowTests.assertError(t.post("/api/auth/get-access-token", "{\"providerId\":\"mock\"}", cookie),
				400, "VALIDATION_ERROR");
		String bob = cookie(t.signIn("basic", "b-1", "bob@example.com", "at-b", null));
		AbstractOAuthFlowTests.assertError(
				t.post("/api/auth/get-access-token", "{\"accountId\":\"" + accountId(t, bob) + "\"}", cookie), 400,
				"ACCOUNT_NOT_FOUND");
	}

	@Test
	default void concurrentCallsOnAnExpiredTokenCauseOneRefresh() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String cookie = cookie(t.signIn("mock", "u-1", "jane@example.com", "at-1", "rt-1"));
		String body = "{\"accountId\":\"" + accountId(t, cookie) + "\"}";
		expireAccessTokens(t, Instant.now().minusSeconds(60));
		t.provider.enqueue("/mock/token",
				new MockResponse.Builder().code(200)
					.setHeader("Content-Type", "application/json")
					.body("{\"access_token\":\"at-2\",\"expires_in\":3600}")
					.headersDelay(300, TimeUnit.MILLISECONDS)
					.build());
		int callers = 50;
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			List<Callable<AbstractOAuthFlowTests.Answer>> calls = new ArrayList<>();
			final String session = cookie;
			for (int i = 0; i < callers; i++) {
				calls.add(() -> t.post("/api/auth/get-access-token", body, session));
			}
			for (Future<AbstractOAuthFlowTests.Answer> answer : pool.invokeAll(calls)) {
				assertThat(t.json(answer.get()).get("accessToken").asString()).isEqualTo("at-2");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(refreshes(t)).hasSize(1);
	}

	@Test
	default void refreshTokenAlwaysRefreshesAndNeverReturnsTheRefreshToken() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String cookie = cookie(t.signIn("mock", "u-1", "jane@example.com", "at-1", "rt-secret"));
		String id = accountId(t, cookie);
		t.provider.enqueueJson("/mock/token", 200, "{\"access_token\":\"at-2\",\"expires_in\":3600}");
		AbstractOAuthFlowTests.Answer answer = t.post("/api/auth/refresh-token", "{\"accountId\":\"" + id + "\"}",
				cookie);
		JsonNode body = t.json(answer);
		assertThat(body.get("accessToken").asString()).isEqualTo("at-2");
		assertThat(body.get("refreshToken").isNull()).isTrue();
		assertThat(body.get("providerId").asString()).isEqualTo("mock");
		assertThat(body.get("accountId").asString()).isEqualTo(id);
		assertThat(answer.body()).doesNotContain("rt-secret");
		assertThat(refreshes(t)).hasSize(1);

		t.provider.enqueueJson("/mock/token", 500, "{}");
		AbstractOAuthFlowTests.assertError(t.post("/api/auth/refresh-token", "{\"accountId\":\"" + id + "\"}", cookie),
				400, "FAILED_TO_REFRESH_ACCESS_TOKEN");
		String other = cookie(t.signIn("basic", "b-1", "bob@example.com", "at-b", null));
		AbstractOAuthFlowTests.assertError(
				t.post("/api/auth/refresh-token", "{\"accountId\":\"" + accountId(t, other) + "\"}", other), 400,
				"REFRESH_TOKEN_NOT_FOUND");
	}

	@Test
	default void accountInfoReadsTheCurrentProfile() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String cookie = cookie(t.signIn("mock", "u-1", "jane@example.com", "at-1", "rt-1"));
		String id = accountId(t, cookie);
		t.provider.enqueueJson("/mock/userinfo", 200,
				"{\"sub\":\"u-1\",\"email\":\"jane@example.com\",\"email_verified\":true,\"name\":\"Jane Now\",\"plan\":\"pro\"}");
		JsonNode info = t.json(t.get("/api/auth/account-info?accountId=" + id, cookie));
		assertThat(info.get("user").get("name").asString()).isEqualTo("Jane Now");
		assertThat(info.get("data").get("plan").asString()).isEqualTo("pro");
		assertThat(info.get("account").get("id").asString()).isEqualTo(id);
		assertThat(info.get("account").get("providerId").asString()).isEqualTo("mock");
		assertThat(t.provider.requests("/mock/userinfo").get(1).getHeaders().get("Authorization"))
			.isEqualTo("Bearer at-1");
	}

	@Test
	default void applicationCodeGetsFreshTokensThroughTheJavaApi() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String cookie = cookie(t.signIn("mock", "u-1", "jane@example.com", "at-1", "rt-1"));
		String userId = t.json(t.get("/api/auth/get-session", cookie)).get("user").get("id").asString();
		assertThat(t.accessTokens.get(userId, "mock").accessToken()).isEqualTo("at-1");
		expireAccessTokens(t, Instant.now().minusSeconds(1));
		t.provider.enqueueJson("/mock/token", 200, "{\"access_token\":\"at-2\",\"expires_in\":3600}");
		AccessToken token = t.accessTokens.get(userId, "mock");
		assertThat(token.accessToken()).isEqualTo("at-2");
		assertThat(token.toString()).doesNotContain("at-2");
		Assertions.assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> t.accessTokens.get(userId, "other"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("ACCOUNT_NOT_FOUND"));
	}

	@Test
	default void nativeClientSignsInWithAVerifiedIdToken() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String token = AbstractOAuthFlowTests.idToken("native-1", "Native@Example.com", "n-123");
		AbstractOAuthFlowTests.Answer answer = t.post("/api/auth/sign-in/social",
				"{\"provider\":\"oidc\",\"idToken\":{\"token\":\"" + token
						+ "\",\"nonce\":\"n-123\",\"accessToken\":\"native-at\"}}",
				null);
		JsonNode body = t.json(answer);
		assertThat(body.get("redirect").asBoolean()).isFalse();
		assertThat(body.get("token").asString()).hasSize(32);
		assertThat(body.get("user").get("email").asString()).isEqualTo("native@example.com");
		assertThat(answer.cookie("better-auth.session_token")).startsWith(body.get("token").asString() + ".");
		assertThat(t.storedToken("accessToken")).isEqualTo("native-at");
		assertThat(t.<String>single("select a.accessToken from BetterAuthAccount a")).as("encrypted")
			.isNotEqualTo("native-at");
		assertThat(t.<String>single("select a.idToken from BetterAuthAccount a"))
			.as("stored as Better Auth stores it, so a Node Better Auth hands it out as it is")
			.isEqualTo(token);
	}

	@Test
	default void nativeSignInRefusesBadIdTokens() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String forged = AbstractOAuthFlowTests.idToken("s", "x@example.com", "n", AbstractOAuthFlowTests.generateKey());
		AbstractOAuthFlowTests.assertError(t.post("/api/auth/sign-in/social",
				"{\"provider\":\"oidc\",\"idToken\":{\"token\":\"" + forged + "\"}}", null), 401, "INVALID_TOKEN");
		String token = AbstractOAuthFlowTests.idToken("s", "x@example.com", "n");
		AbstractOAuthFlowTests.assertError(
				t.post("/api/auth/sign-in/social",
						"{\"provider\":\"oidc\",\"idToken\":{\"token\":\"" + token + "\",\"nonce\":\"other\"}}", null),
				401, "INVALID_TOKEN");
		String unsigned = token.substring(0, token.lastIndexOf('.') + 1);
		String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
				+ unsigned.substring(unsigned.indexOf('.'));
		AbstractOAuthFlowTests.assertError(t.post("/api/auth/sign-in/social",
				"{\"provider\":\"oidc\",\"idToken\":{\"token\":\"" + none + "\"}}", null), 401, "INVALID_TOKEN");
		AbstractOAuthFlowTests
			.assertError(
					t.post("/api/auth/sign-in/social",
							"{\"provider\":\"mock\",\"idToken\":{\"token\":\"" + token + "\"}}", null),
					404, "ID_TOKEN_NOT_SUPPORTED");
		assertThat(t.counts()).containsExactly(0L, 0L, 0L, 0L);
	}

	@Test
	default void nativeSignInKeepsTheStoredAccessTokenWhenItSendsNoneAndNeverStoresOneWithoutExpiry() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String token = AbstractOAuthFlowTests.idToken("native-1", "native@example.com", null);
		t.post("/api/auth/sign-in/social",
				"{\"provider\":\"oidc\",\"idToken\":{\"token\":\"" + token + "\",\"accessToken\":\"native-at\"}}",
				null);
		Instant expiresAt = t.<Instant>single("select a.accessTokenExpiresAt from BetterAuthAccount a");
		assertThat(expiresAt).as("expires with the id_token it came with")
			.isBetween(Instant.now().plusSeconds(30), Instant.now().plusSeconds(90));
		AbstractOAuthFlowTests.Answer again = t.post("/api/auth/sign-in/social",
				"{\"provider\":\"oidc\",\"idToken\":{\"token\":\"" + token + "\"}}", null);
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(t.storedToken("accessToken")).as("not erased").isEqualTo("native-at");
	}

	@Test
	default void aClientSentAccessTokenMustMatchTheIdTokensAtHash() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String token = AbstractOAuthFlowTests.idToken("native-2", "n2@example.com", null,
				Map.of("at_hash", atHash("the-real-at")));
		AbstractOAuthFlowTests.assertError(t.post("/api/auth/sign-in/social",
				"{\"provider\":\"oidc\",\"idToken\":{\"token\":\"" + token + "\",\"accessToken\":\"someone-elses\"}}",
				null), 401, "INVALID_TOKEN");
		assertThat(t.counts()).containsExactly(0L, 0L, 0L, 0L);
		AbstractOAuthFlowTests.Answer ok = t.post("/api/auth/sign-in/social",
				"{\"provider\":\"oidc\",\"idToken\":{\"token\":\"" + token + "\",\"accessToken\":\"the-real-at\"}}",
				null);
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);
		assertThat(t.storedToken("accessToken")).isEqualTo("the-real-at");
	}

	@Test
	default void aRefreshAnsweredWithAnExpiredTokenStillKeepsTheRotatedRefreshToken() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String cookie = cookie(t.signIn("mock", "u-1", "jane@example.com", "at-1", "rt-1"));
		expireAccessTokens(t, Instant.now().minusSeconds(60));
		t.provider.enqueueJson("/mock/token", 200,
				"{\"access_token\":\"at-2\",\"refresh_token\":\"rt-2\",\"expires_in\":0}");
		AbstractOAuthFlowTests.assertError(
				t.post("/api/auth/get-access-token", "{\"accountId\":\"" + accountId(t, cookie) + "\"}", cookie), 400,
				"FAILED_TO_GET_ACCESS_TOKEN");
		assertThat(t.storedToken("refreshToken")).as("rt-1 is dead at the provider").isEqualTo("rt-2");
	}

	@Test
	default void aTokenShorterThanTheRefreshMarginIsHandedOut() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String cookie = cookie(t.signIn("mock", "u-1", "jane@example.com", "at-1", "rt-1"));
		expireAccessTokens(t, Instant.now().minusSeconds(60));
		t.provider.enqueueJson("/mock/token", 200, "{\"access_token\":\"at-short\",\"expires_in\":2}");
		JsonNode token = t
			.json(t.post("/api/auth/get-access-token", "{\"accountId\":\"" + accountId(t, cookie) + "\"}", cookie));
		assertThat(token.get("accessToken").asString()).isEqualTo("at-short");
	}

	@Test
	default void aTokenSealedWithARetiredSecretAsksForANewSignIn() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String cookie = cookie(t.signIn("mock", "u-1", "jane@example.com", "at-1", "rt-1"));
		t.inTransaction((em) -> em.createQuery("update BetterAuthAccount a set a.accessToken = :sealed")
			.setParameter("sealed", "$ba$9$" + "ab".repeat(60))
			.executeUpdate());
		AbstractOAuthFlowTests.Answer answer = t.post("/api/auth/get-access-token",
				"{\"accountId\":\"" + accountId(t, cookie) + "\"}", cookie);
		AbstractOAuthFlowTests.assertError(answer, 400, "FAILED_TO_GET_ACCESS_TOKEN");
		assertThat(answer.body()).contains("sign in with mock again");
	}

	@Test
	default void aSignInNeverPutsBackARefreshTokenThatAConcurrentRefreshRotated() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String cookie = cookie(t.signIn("mock", "u-1", "jane@example.com", "at-1", "rt-1"));
		String accountId = accountId(t, cookie);
		expireAccessTokens(t, Instant.now().minusSeconds(60));
		CountDownLatch paused = new CountDownLatch(1);
		CountDownLatch resume = new CountDownLatch(1);
		TestApplication.pause = new CountDownLatch[] { paused, resume };
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			// A returning sign-in whose provider sends no refresh token, held in its
			// transaction after reading the account ...
			Future<String> signIn = pool.submit(() -> t.signIn("mock", "u-1", "jane@example.com", "at-signin", null));
			assertThat(paused.await(10, TimeUnit.SECONDS)).isTrue();
			// ... while a refresh rotates the refresh token and commits.
			t.provider.enqueueJson("/mock/token", 200,
					"{\"access_token\":\"at-2\",\"refresh_token\":\"rt-2\",\"expires_in\":3600}");
			assertThat(t.json(t.post("/api/auth/get-access-token", "{\"accountId\":\"" + accountId + "\"}", cookie))
				.get("accessToken")
				.asString()).isEqualTo("at-2");
			TestApplication.pause = null;
			resume.countDown();
			assertThat(signIn.get(20, TimeUnit.SECONDS)).isNotNull();
		}
		finally {
			TestApplication.pause = null;
			resume.countDown();
			pool.shutdownNow();
		}
		assertThat(t.storedToken("accessToken")).isEqualTo("at-signin");
		assertThat(t.storedToken("refreshToken")).isEqualTo("rt-2");
	}

	private static String atHash(String accessToken) throws Exception {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
	}

	private static String cookie(String session) {
		return "better-auth.session_token=" + session;
	}

	private static String accountId(AbstractOAuthFlowTests t, String cookie) {
		return t.json(get(t, "/api/auth/list-accounts", cookie)).get(0).get("id").asString();
	}

	private static AbstractOAuthFlowTests.Answer get(AbstractOAuthFlowTests t, String path, String cookie) {
		try {
			return t.get(path, cookie);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void expireAccessTokens(AbstractOAuthFlowTests t, Instant at) {
		t.inTransaction((em) -> em.createQuery("update BetterAuthAccount a set a.accessTokenExpiresAt = :at")
			.setParameter("at", at)
			.executeUpdate());
	}

	private static List<RecordedRequest> refreshes(AbstractOAuthFlowTests t) {
		return t.provider.requests("/mock/token")
			.stream()
			.filter((r) -> r.getBody().utf8().contains("grant_type=refresh_token"))
			.toList();
	}

}
