package dev.betterauth.autoconfigure.e2e;

import java.util.List;

import dev.betterauth.core.event.AuthEvent;
import dev.betterauth.core.event.SessionCreatedEvent;
import dev.betterauth.core.event.SignedOutEvent;
import dev.betterauth.core.event.UserCreatedEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are published inside the transaction that makes the change: after-commit
 * listeners see committed changes only, in-transaction listeners and sign-up hooks can
 * roll a sign-in back. A mixin of the end-to-end suite, so it runs on every database.
 */
interface TransactionalEventFlowTests {

	AbstractOAuthFlowTests suite();

	@Test
	default void listenersRunInTheTransactionOrAfterItCommits() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String session = t.signIn("mock", "u-1", "jane@example.com", "at", null);
		t.post("/api/auth/sign-out", "", "better-auth.session_token=" + session);
		List<AuthEvent> committed = t.eventRecorder.events;
		assertThat(committed).hasSize(3);
		assertThat(committed.get(0)).isInstanceOf(UserCreatedEvent.class);
		assertThat(committed.get(1)).isInstanceOf(SessionCreatedEvent.class);
		assertThat(committed.get(2)).isInstanceOf(SignedOutEvent.class);
		assertThat(committed).extracting(AuthEvent::userId).containsOnly(committed.get(0).userId());
		assertThat(t.eventRecorder.inTransaction).hasSize(3).containsOnly(true);
	}

	@Test
	default void signUpHookSeesTheNewRowsInTheSignInTransaction() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String email = "jane" + TestApplication.HOOK_CHECKS;
		t.signIn("mock", "u-1", email, "at", null);
		String userId = t.<String>single("select u.id from BetterAuthUser u");
		assertThat(t.signUpRecorder.visibleUserIds).containsExactly(userId);
		t.signIn("mock", "u-1", email, "at-2", null);
		assertThat(t.signUpRecorder.visibleUserIds).as("a returning user is no sign-up").hasSize(1);
	}

	@Test
	default void aSignUpHookThatRefusesRollsTheSignInBack() throws Exception {
		AbstractOAuthFlowTests t = suite();
		AbstractOAuthFlowTests.Answer answer = t.signInAnswer("mock", "u-2", "joe" + TestApplication.HOOK_REFUSES);
		AbstractOAuthFlowTests.assertRedirectError(answer, AbstractOAuthFlowTests.ERROR_PAGE, "profile_not_created");
		assertThat(answer.cookie("better-auth.session_token")).isNull();
		assertThat(t.counts()).containsExactly(0L, 0L, 0L, 0L);
		assertThat(t.eventRecorder.events).as("nothing was committed").isEmpty();
	}

	@Test
	default void anInTransactionListenerThatThrowsRollsTheSignInBack() throws Exception {
		AbstractOAuthFlowTests t = suite();
		AbstractOAuthFlowTests.Answer answer = t.signInAnswer("mock", "u-3", "ann" + TestApplication.LISTENER_THROWS);
		AbstractOAuthFlowTests.assertRedirectError(answer, AbstractOAuthFlowTests.ERROR_PAGE, "internal_server_error");
		assertThat(t.counts()).containsExactly(0L, 0L, 0L, 0L);
		assertThat(t.eventRecorder.events).isEmpty();
	}

	@Test
	default void anAfterCommitListenerThatThrowsDoesNotUndoTheSignIn() throws Exception {
		AbstractOAuthFlowTests t = suite();
		AbstractOAuthFlowTests.Answer answer = t.signInAnswer("mock", "u-4",
				"bob" + TestApplication.AFTER_COMMIT_THROWS);
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.cookie("better-auth.session_token")).isNotNull();
		assertThat(t.count("BetterAuthUser")).isEqualTo(1);
		assertThat(t.eventRecorder.events).hasSize(2);
	}

}
