package dev.betterauth.core.ratelimit;

import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link RateLimitStore} in this instance's memory (Better Auth's {@code memory}
 * storage): counters are not shared between instances. Entries idle for longer than a
 * minute past their window are dropped now and then, so the map stays small.
 */
public class InMemoryRateLimitStore implements RateLimitStore {

	private static final int PRUNE_EVERY = 10_000;

	private final ConcurrentMap<String, long[]> counters = new ConcurrentHashMap<>();

	private final AtomicLong requests = new AtomicLong();

	@Override
	public OptionalLong tryAcquire(String key, RateLimitRule rule, Instant now) {
		long nowMillis = now.toEpochMilli();
		long windowMillis = rule.window().toMillis();
		long[] retryAfter = { -1 };
		// {count, lastRequest}, replaced atomically per key.
		this.counters.compute(key, (k, counter) -> {
			if (counter == null || nowMillis - counter[1] > windowMillis) {
				return new long[] { 1, nowMillis };
			}
			if (counter[0] >= rule.max()) {
				retryAfter[0] = counter[1] + windowMillis - nowMillis;
				return counter;
			}
			return new long[] { counter[0] + 1, nowMillis };
		});
		if (this.requests.incrementAndGet() % PRUNE_EVERY == 0) {
			this.counters.values().removeIf((counter) -> nowMillis - counter[1] > windowMillis + 60_000);
		}
		return (retryAfter[0] >= 0) ? OptionalLong.of(retryAfter[0]) : OptionalLong.empty();
	}

}
