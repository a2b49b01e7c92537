package dev.betterauth.core.storage;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Better Auth's {@code SecondaryStorage}: string values under string keys, with expiry.
 * Keys are Better Auth's own ({@code <token>}, {@code active-sessions-<userId>},
 * {@code verification:<identifier>}); the implementation adds its prefix. Failures are
 * thrown as Spring's {@link org.springframework.dao.DataAccessException}, which callers
 * that can fall back to the database catch.
 */
public interface SecondaryStorage {

	@Nullable String get(String key);

	/**
	 * Stores a value.
	 * @param key the key
	 * @param value the value
	 * @param ttl its lifetime, at least a second
	 */
	void set(String key, String value, Duration ttl);

	void delete(String key);

	/**
	 * Reads and deletes a value atomically: of concurrent callers, one gets it.
	 * @param key the key
	 * @return the value, or {@code null} when absent
	 */
	@Nullable String getAndDelete(String key);

	/**
	 * Counts: adds one to the key, creating it with the given lifetime on first use
	 * (later increments keep the expiry: a fixed window).
	 * @param key the key
	 * @param ttl the lifetime set on creation
	 * @return the count and the time left to the key's expiry
	 */
	Count increment(String key, Duration ttl);

	/**
	 * A counter after an increment.
	 *
	 * @param value the count
	 * @param expiresIn the time left before it resets
	 */
	record Count(long value, Duration expiresIn) {
	}

}
