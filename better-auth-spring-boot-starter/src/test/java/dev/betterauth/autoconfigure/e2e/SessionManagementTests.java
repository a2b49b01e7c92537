package dev.betterauth.autoconfigure.e2e;

import java.time.Duration;
import java.time.Instant;

import dev.betterauth.core.event.AuthEvent;
import dev.betterauth.core.event.SignedOutEvent;
import dev.betterauth.core.event.UserDeletedEvent;
import dev.betterauth.core.event.UserDeletingEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's sessions and profile: list-sessions, revoke-session(s), revoke-other-sessions,
 * update-user, delete-user, and the freshness rule. A mixin of the end-to-end suite, so
 * it runs on every database.
 */
interface SessionManagementTests {

	AbstractOAuthFlowTests suite();

	@Test
	default void listsTheUsersSessionsWithoutProviderTokens() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String laptop = cookie(t.signIn("mock", "u-1", "jane@example.com", "at-secret", "rt-secret"));
		t.signIn("mock", "u-1", "jane@example.com", "at-secret", null);
		t.signIn("basic", "b-1", "bob@example.com", "at", null);
		AbstractOAuthFlowTests.Answer answer = t.get("/api/auth/list-sessions", laptop);
		JsonNode sessions = t.json(answer);
		assertThat(sessions.size()).as("Jane's two, not Bob's").isEqualTo(2);
		assertThat(sessions.get(0).get("token").asString()).hasSize(32);
		assertThat(sessions.get(0).has("userId")).isTrue();
		assertThat(answer.body()).doesNotContain("at-secret").doesNotContain("rt-secret");
		AbstractOAuthFlowTests.assertError(t.get("/api/auth/list-sessions", null), 401, "UNAUTHORIZED");
	}

	@Test
	default void revokesOneSessionAnotherUsersIsLeftAlone() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String laptop = cookie(t.signIn("mock", "u-1", "jane@example.com", "at", null));
		String phone = t.signIn("mock", "u-1", "jane@example.com", "at", null);
		String bob = t.signIn("basic", "b-1", "bob@example.com", "at", null);
		String phoneToken = phone.substring(0, phone.indexOf('.'));
		String bobToken = bob.substring(0, bob.indexOf('.'));
		AbstractOAuthFlowTests.Answer answer = t.post("/api/auth/revoke-session", "{\"token\":\"" + phoneToken + "\"}",
				laptop);
		assertThat(answer.body()).isEqualTo("{\"status\":true}");
		assertThat(t.post("/api/auth/revoke-session", "{\"token\":\"" + bobToken + "\"}", laptop).body())
			.isEqualTo("{\"status\":true}");
		assertThat(t.count("BetterAuthSession")).as("the laptop's and Bob's remain").isEqualTo(2);
		assertThat(t.get("/api/auth/get-session", cookie(phone)).body()).isEqualTo("null");
		assertThat(t.eventRecorder.events).filteredOn(SignedOutEvent.class::isInstance).hasSize(1);
	}

	@Test
	default void revokesTheOtherSessionsOrAll() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String laptop = cookie(t.signIn("mock", "u-1", "jane@example.com", "at", null));
		t.signIn("mock", "u-1", "jane@example.com", "at", null);
		t.signIn("mock", "u-1", "jane@example.com", "at", null);
		assertThat(t.post("/api/auth/revoke-other-sessions", "", laptop).body()).isEqualTo("{\"status\":true}");
		assertThat(t.json(t.get("/api/auth/list-sessions", laptop)).size()).isEqualTo(1);
		AbstractOAuthFlowTests.Answer all = t.post("/api/auth/revoke-sessions", "", laptop);
		assertThat(all.body()).isEqualTo("{\"status\":true}");
		assertThat(all.setCookie("better-auth.session_token")).contains("Max-Age=0");
		assertThat(t.count("BetterAuthSession")).isZero();
	}

	@Test
	default void sensitiveActionsNeedAFreshSession() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String jane = t.signIn("mock", "u-1", "jane@example.com", "at", null);
		String cookie = cookie(jane);
		t.updateSessions("set s.createdAt = :at", Instant.now().minus(Duration.ofDays(2)));
		AbstractOAuthFlowTests.assertError(t.post("/api/auth/revoke-sessions", "", cookie), 403, "SESSION_NOT_FRESH");
		AbstractOAuthFlowTests.assertError(t.post("/api/auth/revoke-other-sessions", "", cookie), 403,
				"SESSION_NOT_FRESH");
		AbstractOAuthFlowTests.assertError(t.post("/api/auth/delete-user", "", cookie), 403, "SESSION_NOT_FRESH");
		String accountId = t.json(t.get("/api/auth/list-accounts", cookie)).get(0).get("id").asString();
		AbstractOAuthFlowTests.assertError(
				t.post("/api/auth/unlink-account", "{\"accountId\":\"" + accountId + "\"}", cookie), 403,
				"SESSION_NOT_FRESH");
		assertThat(t.count("BetterAuthSession")).isEqualTo(1);
		assertThat(t.count("BetterAuthUser")).isEqualTo(1);
		// Everything else still works with the old session.
		assertThat(t.get("/api/auth/list-sessions", cookie).status()).isEqualTo(200);
	}

	@Test
	default void updatesNameAndImageButNeverTheEmail() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String cookie = cookie(t.signIn("mock", "u-1", "jane@example.com", "at", null));
		assertThat(t.post("/api/auth/update-user", "{\"name\":\"Jane D.\",\"image\":\"https://img.example/j\"}", cookie)
			.body()).isEqualTo("{\"status\":true}");
		JsonNode user = t.json(t.get("/api/auth/get-session", cookie)).get("user");
		assertThat(user.get("name").asString()).isEqualTo("Jane D.");
		assertThat(user.get("image").asString()).isEqualTo("https://img.example/j");
		t.post("/api/auth/update-user", "{\"image\":null}", cookie);
		assertThat(t.json(t.get("/api/auth/get-session", cookie)).get("user").get("image").isNull()).isTrue();
		AbstractOAuthFlowTests.assertError(
				t.post("/api/auth/update-user", "{\"name\":\"X\",\"email\":\"x@evil.example\"}", cookie), 400,
				"EMAIL_CAN_NOT_BE_UPDATED");
		AbstractOAuthFlowTests.assertError(t.post("/api/auth/update-user", "{\"name\":\"\"}", cookie), 400,
				"VALIDATION_ERROR");
		AbstractOAuthFlowTests.assertError(t.post("/api/auth/update-user", "{\"name\":42}", cookie), 400,
				"VALIDATION_ERROR");
		assertThat(t.json(t.get("/api/auth/get-session", cookie)).get("user").get("email").asString())
			.isEqualTo("jane@example.com");
		AbstractOAuthFlowTests.assertError(t.post("/api/auth/update-user", "{\"name\":\"Y\"}", null), 401,
				"UNAUTHORIZED");
	}

	@Test
	default void deletesTheUserWithSessionsAndAccounts() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String cookie = cookie(t.signIn("mock", "u-1", "jane@example.com", "at", "rt"));
		t.signIn("mock", "u-1", "jane@example.com", "at", null);
		t.signIn("basic", "b-1", "bob@example.com", "at", null);
		t.eventRecorder.events.clear();
		AbstractOAuthFlowTests.Answer answer = t.post("/api/auth/delete-user", "{}", cookie);
		assertThat(answer.body()).isEqualTo("{\"success\":true,\"message\":\"User deleted\"}");
		assertThat(answer.setCookie("better-auth.session_token")).contains("Max-Age=0");
		assertThat(t.counts().subList(0, 3)).as("Bob's user, account and session remain").containsExactly(1L, 1L, 1L);
		assertThat(t.eventRecorder.events).extracting(AuthEvent::getClass)
			.containsExactly(UserDeletingEvent.class, SignedOutEvent.class, SignedOutEvent.class,
					UserDeletedEvent.class);
		assertThat(t.get("/api/auth/get-session", cookie).body()).isEqualTo("null");
	}

	private static String cookie(String session) {
		return "better-auth.session_token=" + session;
	}

}
