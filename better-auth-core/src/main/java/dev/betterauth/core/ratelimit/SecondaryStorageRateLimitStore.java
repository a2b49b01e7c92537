package dev.betterauth.core.ratelimit;

import java.time.Instant;
import java.util.OptionalLong;

import dev.betterauth.core.storage.OutageLog;
import dev.betterauth.core.storage.SecondaryStorage;

import org.springframework.dao.DataAccessException;

/**
 * Rate-limit counters in secondary storage, as Better Auth 1.7 keeps them there: one
 * counter per {@code <client>|<path>}, incremented atomically and created with the rule's
 * window as its expiry (a fixed window), shared by every instance and by a Node Better
 * Auth on the same storage. While storage is down, this instance counts in memory.
 */
public class SecondaryStorageRateLimitStore implements RateLimitStore {

	private final SecondaryStorage storage;

	private final RateLimitStore fallback;

	private final OutageLog outages;

	public SecondaryStorageRateLimitStore(SecondaryStorage storage, OutageLog outages) {
		this.storage = storage;
		this.fallback = new InMemoryRateLimitStore();
		this.outages = outages;
	}

	@Override
	public OptionalLong tryAcquire(String key, RateLimitRule rule, Instant now) {
		SecondaryStorage.Count count;
		try {
			count = this.storage.increment(key, rule.window());
			this.outages.recovered();
		}
		catch (DataAccessException ex) {
			this.outages.failed("count a request", ex);
			return this.fallback.tryAcquire(key, rule, now);
		}
		if (count.value() <= rule.max()) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Math.max(count.expiresIn().toMillis(), 1));
	}

	@Override
	public String key(String client, String path) {
		return client + "|" + path;
	}

}
