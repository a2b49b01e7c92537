package dev.betterauth.autoconfigure.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.betterauth.core.ratelimit.JdbcRateLimitStore;
import dev.betterauth.core.ratelimit.RateLimitRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limiter's counters in Better Auth's {@code rateLimit} table: conditional
 * updates let exactly {@code max} of any number of concurrent requests through. A mixin
 * of the end-to-end suite, so it runs on every database.
 */
interface RateLimitStoreTests {

	AbstractOAuthFlowTests suite();

	@Test
	default void concurrentRequestsGetExactlyTheLimitThrough() throws Exception {
		AbstractOAuthFlowTests t = suite();
		JdbcRateLimitStore store = new JdbcRateLimitStore(t.dataSource);
		RateLimitRule rule = new RateLimitRule(Duration.ofMinutes(1), 5);
		String key = "203.0.113.7/sign-in/social-" + System.nanoTime();
		Instant now = Instant.now();
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Callable<OptionalLong>> requests = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				requests.add(() -> store.tryAcquire(key, rule, now));
			}
			int allowed = 0;
			for (Future<OptionalLong> answer : pool.invokeAll(requests)) {
				if (answer.get().isEmpty()) {
					allowed++;
				}
				else {
					assertThat(answer.get().getAsLong()).isBetween(1L, 60_000L);
				}
			}
			assertThat(allowed).isEqualTo(5);
		}
		finally {
			pool.shutdownNow();
		}
		// A whole window later the count starts again.
		assertThat(store.tryAcquire(key, rule, now.plus(Duration.ofMinutes(2)))).isEmpty();
		assertThat(store.tryAcquire(key, rule, now.plus(Duration.ofMinutes(2)).plusMillis(1))).isEmpty();
	}

}
