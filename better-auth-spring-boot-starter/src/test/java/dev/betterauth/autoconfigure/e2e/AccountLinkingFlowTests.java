package dev.betterauth.autoconfigure.e2e;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.betterauth.core.AuthJson;
import dev.betterauth.core.event.AccountLinkedEvent;
import dev.betterauth.core.event.AccountUnlinkedEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Account linking, account management, policies and events over HTTP. A mixin of the
 * end-to-end suite, so it runs on every database.
 */
interface AccountLinkingFlowTests {

	AbstractOAuthFlowTests suite();

	// ---- implicit linking
	// ---------------------------------------------------------------------

	@Test
	default void verifiedEmailFromAnotherProviderLinksToTheVerifiedUser() throws Exception {
		AbstractOAuthFlowTests t = suite();
		t.signIn("mock", "u-1", "jane@example.com", "at", null);
		t.eventRecorder.events.clear();
		String session = t.signIn("other", "o-1", "JANE@example.com", "at-o", null);
		assertThat(t.counts()).containsExactly(1L, 2L, 2L, 0L);
		JsonNode accounts = t.json(t.get("/api/auth/list-accounts", "better-auth.session_token=" + session));
		assertThat(accounts.size()).isEqualTo(2);
		assertThat(t.eventRecorder.events).hasSize(2);
		assertThat(t.eventRecorder.events.get(0)).isInstanceOf(AccountLinkedEvent.class);
		assertThat(((AccountLinkedEvent) t.eventRecorder.events.get(0)).explicit()).isFalse();
	}

	@Test
	default void signUpRulesPerProvider() throws Exception {
		AbstractOAuthFlowTests t = suite();
		AbstractOAuthFlowTests.Flow flow = t.start("closed", "");
		t.enqueueTokens("closed", "at", null);
		t.enqueueProfile("closed", "c-1", "new@example.com");
		AbstractOAuthFlowTests.assertRedirectError(
				t.callback("closed", "code=a&state=" + flow.state(), flow.stateCookie()),
				AbstractOAuthFlowTests.ERROR_PAGE, "signup_disabled");
		flow = t.start("invite", "");
		t.enqueueTokens("invite", "at", null);
		t.enqueueProfile("invite", "i-1", "new@example.com");
		AbstractOAuthFlowTests.assertRedirectError(
				t.callback("invite", "code=a&state=" + flow.state(), flow.stateCookie()),
				AbstractOAuthFlowTests.ERROR_PAGE, "signup_disabled");
		assertThat(t.counts()).containsExactly(0L, 0L, 0L, 0L);
		flow = t.start("invite", "\"requestSignUp\":true,\"callbackURL\":\"/in\"");
		t.enqueueTokens("invite", "at", null);
		t.enqueueProfile("invite", "i-1", "new@example.com");
		assertThat(t.callback("invite", "code=a&state=" + flow.state(), flow.stateCookie()).location())
			.isEqualTo("/in");
	}

	@Test
	default void policyBeanRefusesWithItsOwnCodeBeforeAnythingIsWritten() throws Exception {
		AbstractOAuthFlowTests t = suite();
		AbstractOAuthFlowTests.Flow flow = t.start("mock", "\"errorCallbackURL\":\"/oops\"");
		t.enqueueTokens("mock", "at", null);
		t.enqueueProfile("mock", "b-1", "eve@blocked.example");
		AbstractOAuthFlowTests.Answer answer = t.callback("mock", "code=a&state=" + flow.state(), flow.stateCookie());
		AbstractOAuthFlowTests.assertRedirectError(answer, "/oops", "domain_not_allowed");
		assertThat(AbstractOAuthFlowTests.query(answer.location()).get("error_description")).contains("CREATE_USER");
		assertThat(t.counts()).containsExactly(0L, 0L, 0L, 0L);
		assertThat(t.eventRecorder.events).isEmpty();
	}

	@Test
	default void linkSocialNeedsASession() throws Exception {
		AbstractOAuthFlowTests t = suite();
		AbstractOAuthFlowTests.assertError(t.post("/api/auth/link-social", "{\"provider\":\"other\"}", null), 401,
				"UNAUTHORIZED");
		AbstractOAuthFlowTests.assertError(t.get("/api/auth/list-accounts", null), 401, "UNAUTHORIZED");
		AbstractOAuthFlowTests.assertError(t.post("/api/auth/unlink-account", "{\"accountId\":\"x\"}", null), 401,
				"UNAUTHORIZED");
	}

	@Test
	default void linkSocialAddsTheAccountWithoutANewSession() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String session = t.signIn("mock", "u-1", "jane@example.com", "at", null);
		AbstractOAuthFlowTests.Answer answer = link(t, session, "other", "o-1", "jane@example.com", true);
		assertThat(answer.location()).isEqualTo("/linked");
		assertThat(answer.cookie("better-auth.session_token")).isNull();
		assertThat(t.counts()).containsExactly(1L, 2L, 1L, 0L);
		assertThat(t.eventRecorder.events).filteredOn(AccountLinkedEvent.class::isInstance)
			.singleElement()
			.satisfies((event) -> assertThat(((AccountLinkedEvent) event).explicit()).isTrue());
	}

	@Test
	default void linkingTheSameAccountAgainUpdatesTokensAndMergesScopes() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String session = t.signIn("mock", "u-1", "jane@example.com", "at-1", null);
		AbstractOAuthFlowTests.Flow flow = linkFlow(t, session, "mock", "\"scopes\":[\"repo\"]");
		t.provider.enqueueJson("/mock/token", 200,
				"{\"access_token\":\"at-2\",\"token_type\":\"Bearer\",\"scope\":\"repo email\"}");
		t.enqueueProfile("mock", "u-1", "jane@example.com");
		assertThat(t.callback("mock", "code=a&state=" + flow.state(), flow.stateCookie()).location())
			.isEqualTo("/linked");
		assertThat(t.storedToken("accessToken")).isEqualTo("at-2");
		assertThat(t.<String>single("select a.scope from BetterAuthAccount a")).isEqualTo("email,profile,repo");
	}

	@Test
	default void linkSocialFailures() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String jane = t.signIn("mock", "u-1", "jane@example.com", "at", null);
		t.signIn("mock", "u-2", "bob@example.com", "at", null);
		// The provider does not vouch for the email.
		assertRefused(link(t, jane, "other", "o-1", "jane@example.com", false), "unable_to_link_account");
		// Another email.
		assertRefused(link(t, jane, "other", "o-1", "someone@example.com", true), "email_does_not_match");
		// Bob's mock account.
		assertRefused(link(t, jane, "mock", "u-2", "jane@example.com", true),
				"account_already_linked_to_different_user");
		// The session that started the link ended before the callback.
		AbstractOAuthFlowTests.Flow flow = linkFlow(t, jane, "other", "");
		t.post("/api/auth/sign-out", "", "better-auth.session_token=" + jane);
		t.enqueueTokens("other", "at", null);
		t.enqueueProfile("other", "o-1", "jane@example.com");
		assertRefused(t.callback("other", "code=a&state=" + flow.state(), flow.stateCookie()),
				"unable_to_link_account");
		assertThat(t.count("BetterAuthAccount")).isEqualTo(2);
	}

	// ---- list and unlink
	// ------------------------------------------------------------------------

	@Test
	default void listAccountsNeverShowsTokens() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String session = t.signIn("mock", "u-1", "jane@example.com", "secret-access-token", "secret-refresh-token");
		AbstractOAuthFlowTests.Answer answer = t.get("/api/auth/list-accounts", "better-auth.session_token=" + session);
		assertThat(answer.body()).doesNotContain("secret-access-token", "secret-refresh-token", "accessToken");
		JsonNode account = t.json(answer).get(0);
		assertThat(account.get("providerId").asString()).isEqualTo("mock");
		assertThat(account.get("accountId").asString()).isEqualTo("u-1");
		assertThat(account.get("id").asString()).hasSize(32);
		assertThat(account.get("scopes").get(0).asString()).isEqualTo("email");
		assertThat(account.has("createdAt")).isTrue();
		assertThat(account.has("userId")).isTrue();
	}

	@Test
	default void unlinkRules() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String jane = t.signIn("mock", "u-1", "jane@example.com", "at", null);
		String cookie = "better-auth.session_token=" + jane;
		String mockAccount = t.json(t.get("/api/auth/list-accounts", cookie)).get(0).get("id").asString();
		AbstractOAuthFlowTests.assertError(
				t.post("/api/auth/unlink-account", "{\"accountId\":\"" + mockAccount + "\"}", cookie), 400,
				"FAILED_TO_UNLINK_LAST_ACCOUNT");
		link(t, jane, "other", "o-1", "jane@example.com", true);
		String bob = t.signIn("basic", "b-1", "bob@example.com", "at", null);
		String bobAccount = t.json(t.get("/api/auth/list-accounts", "better-auth.session_token=" + bob))
			.get(0)
			.get("id")
			.asString();
		AbstractOAuthFlowTests.assertError(
				t.post("/api/auth/unlink-account", "{\"accountId\":\"" + bobAccount + "\"}", cookie), 400,
				"ACCOUNT_NOT_FOUND");
		AbstractOAuthFlowTests.Answer unlinked = t.post("/api/auth/unlink-account",
				"{\"accountId\":\"" + mockAccount + "\"}", cookie);
		assertThat(unlinked.body()).isEqualTo("{\"status\":true}");
		assertThat(t.json(t.get("/api/auth/list-accounts", cookie)).size()).isEqualTo(1);
		assertThat(t.eventRecorder.events).filteredOn(AccountUnlinkedEvent.class::isInstance).hasSize(1);
	}

	// ---- races
	// ----------------------------------------------------------------------------------

	@Test
	default void concurrentUnlinksOfTheLastTwoAccountsLeaveOne() throws Exception {
		AbstractOAuthFlowTests t = suite();
		for (int round = 0; round < 5; round++) {
			t.reset();
			String jane = t.signIn("mock", "u-1", "jane@example.com", "at", null);
			String cookie = "better-auth.session_token=" + jane;
			link(t, jane, "other", "o-1", "jane@example.com", true);
			JsonNode accounts = t.json(t.get("/api/auth/list-accounts", cookie));
			List<Callable<AbstractOAuthFlowTests.Answer>> unlinks = new ArrayList<>();
			for (JsonNode account : accounts) {
				String body = "{\"accountId\":\"" + account.get("id").asString() + "\"}";
				unlinks.add(() -> t.post("/api/auth/unlink-account", body, cookie));
			}
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Integer> statuses = new ArrayList<>();
			try {
				for (Future<AbstractOAuthFlowTests.Answer> answer : pool.invokeAll(unlinks)) {
					statuses.add(answer.get().status());
				}
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 400);
			assertThat(t.count("BetterAuthAccount")).as("round " + round).isEqualTo(1);
		}
	}

	@Test
	default void concurrentFirstSignInsWithOneAccountGiveOneUserAndOneAccount() throws Exception {
		AbstractOAuthFlowTests t = suite();
		for (int round = 0; round < 5; round++) {
			t.reset();
			int callers = 4;
			List<Callable<AbstractOAuthFlowTests.Answer>> calls = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				AbstractOAuthFlowTests.Flow flow = t.start("mock", "\"callbackURL\":\"/done\"");
				t.enqueueTokens("mock", "at-" + i, null);
				t.enqueueProfile("mock", "same-subject", "race@example.com");
				calls.add(() -> t.callback("mock", "code=a&state=" + flow.state(), flow.stateCookie()));
			}
			List<String> locations = run(calls);
			assertThat(locations).as("round " + round).allMatch((l) -> l.equals("/done"));
			assertThat(t.counts()).as("round " + round).containsExactly(1L, 1L, (long) callers, 0L);
		}
	}

	@Test
	default void concurrentFirstSignInsWithOneEmailThroughTwoProvidersNeverGiveTwoUsers() throws Exception {
		AbstractOAuthFlowTests t = suite();
		for (int round = 0; round < 5; round++) {
			t.reset();
			List<Callable<AbstractOAuthFlowTests.Answer>> calls = new ArrayList<>();
			for (String id : List.of("mock", "other", "basic")) {
				AbstractOAuthFlowTests.Flow flow = t.start(id, "\"callbackURL\":\"/done\"");
				t.enqueueTokens(id, "at", null);
				// Unverified: whoever loses the race is refused (account_not_linked),
				// never a second user.
				t.enqueueProfile(id, id + "-subject", "race@example.com", false);
				calls.add(() -> t.callback(id, "code=a&state=" + flow.state(), flow.stateCookie()));
			}
			List<String> locations = run(calls);
			assertThat(t.count("BetterAuthUser")).as("round " + round).isEqualTo(1);
			assertThat(locations).as("round " + round).filteredOn("/done"::equals).hasSize(1);
			assertThat(locations).as("round " + round)
				.filteredOn((l) -> l.contains("error=account_not_linked"))
				.hasSize(2);
		}
	}

	// ---- helpers
	// --------------------------------------------------------------------------------

	private static List<String> run(List<Callable<AbstractOAuthFlowTests.Answer>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			List<String> locations = new ArrayList<>();
			for (Future<AbstractOAuthFlowTests.Answer> result : pool.invokeAll(calls)) {
				locations.add(result.get().location());
			}
			return locations;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static AbstractOAuthFlowTests.Flow linkFlow(AbstractOAuthFlowTests t, String session, String providerId,
			String extra) throws Exception {
		AbstractOAuthFlowTests.Answer answer = t.post("/api/auth/link-social",
				"{\"provider\":\"" + providerId + "\",\"callbackURL\":\"/linked\",\"errorCallbackURL\":\"/link-failed\""
						+ (extra.isEmpty() ? "" : "," + extra) + "}",
				"better-auth.session_token=" + session);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		String url = AuthJson.mapper().readTree(answer.body()).get("url").asString();
		Map<String, String> query = AbstractOAuthFlowTests.query(URI.create(url));
		return new AbstractOAuthFlowTests.Flow(url, query.get("state"),
				"better-auth.state=" + answer.cookie("better-auth.state"), query);
	}

	private static AbstractOAuthFlowTests.Answer link(AbstractOAuthFlowTests t, String session, String providerId,
			String subject, String email, boolean verified) throws Exception {
		AbstractOAuthFlowTests.Flow flow = linkFlow(t, session, providerId, "");
		t.enqueueTokens(providerId, "at-link", null);
		t.enqueueProfile(providerId, subject, email, verified);
		return t.callback(providerId, "code=a&state=" + flow.state(), flow.stateCookie());
	}

	private static void assertRefused(AbstractOAuthFlowTests.Answer answer, String code) {
		AbstractOAuthFlowTests.assertRedirectError(answer, "/link-failed", code);
	}

}
