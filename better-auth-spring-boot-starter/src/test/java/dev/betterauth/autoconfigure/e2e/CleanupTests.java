package dev.betterauth.autoconfigure.e2e;

import java.time.Clock;
import java.time.Instant;

import dev.betterauth.core.cleanup.ExpiredRowsCleanup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expired sessions and verification rows are deleted in bounded batches; live ones stay.
 * A mixin of the end-to-end suite, so it runs on every database.
 */
interface CleanupTests {

	AbstractOAuthFlowTests suite();

	@Test
	default void deletesExpiredRowsInBatchesAndKeepsLiveOnes() throws Exception {
		AbstractOAuthFlowTests t = suite();
		t.signIn("mock", "u-1", "keep@example.com", "at", null);
		t.signIn("mock", "u-2", "gone1@example.com", "at", null);
		t.signIn("mock", "u-3", "gone2@example.com", "at", null);
		t.start("mock", "");
		t.start("mock", "");
		t.start("mock", "");
		Instant past = Instant.now().minusSeconds(60);
		t.inTransaction((em) -> em
			.createQuery("update BetterAuthSession s set s.expiresAt = :at where s.user.email <> 'keep@example.com'")
			.setParameter("at", past)
			.executeUpdate());
		t.inTransaction((em) -> em.createQuery("update BetterAuthVerification v set v.expiresAt = :at")
			.setParameter("at", past)
			.executeUpdate());
		// One row per table and run at most: a backlog is worked off over several runs.
		assertThat(new ExpiredRowsCleanup(t.dataSource, 1, 1, Clock.systemUTC()).run()).isEqualTo(2);
		assertThat(new ExpiredRowsCleanup(t.dataSource, 2, 100, Clock.systemUTC()).run()).isEqualTo(3);
		assertThat(t.count("BetterAuthSession")).isEqualTo(1);
		assertThat(t.count("BetterAuthVerification")).isZero();
		assertThat(new ExpiredRowsCleanup(t.dataSource, 2, 100, Clock.systemUTC()).run()).isZero();
	}

}
