package dev.betterauth.core.ratelimit;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * Where rate-limit counters live, in Better Auth's model: per key, a count and the time
 * of the last request counted. A key's count starts again once a whole window has passed
 * since its last counted request.
 */
public interface RateLimitStore {

	/**
	 * Counts a request if the rule allows it.
	 * @param key the client and path ({@code <client><path>}, as Better Auth keys them)
	 * @param rule the rule
	 * @param now the current time
	 * @return empty when allowed (and counted); else how many milliseconds until the
	 * client may try again
	 */
	OptionalLong tryAcquire(String key, RateLimitRule rule, Instant now);

	/**
	 * The counter key of a client and path.
	 * @param client the client's address key
	 * @param path the path under the base path
	 * @return {@code <client><path>} unless the store keys otherwise
	 */
	default String key(String client, String path) {
		return client + path;
	}

}
