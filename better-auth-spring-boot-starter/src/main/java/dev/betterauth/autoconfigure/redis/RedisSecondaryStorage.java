package dev.betterauth.autoconfigure.redis;

import java.time.Duration;
import java.util.List;

import dev.betterauth.core.storage.SecondaryStorage;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * {@link SecondaryStorage} on Redis, as {@code @better-auth/redis-storage} does it: every
 * key behind a prefix ({@code better-auth:} by default), values with an expiry
 * ({@code SET … EX}), atomic get-and-delete with {@code GETDEL}, and counters that are
 * created with their expiry in one script ({@code INCR}, then {@code EXPIRE} on the first
 * count).
 */
final class RedisSecondaryStorage implements SecondaryStorage {

	@SuppressWarnings("rawtypes")
	private static final RedisScript<List> INCREMENT = new DefaultRedisScript<>("""
			local count = redis.call('INCR', KEYS[1])
			if count == 1 then
			  redis.call('EXPIRE', KEYS[1], ARGV[1])
			end
			return {count, redis.call('PTTL', KEYS[1])}
			""", List.class);

	private final StringRedisTemplate redis;

	private final String prefix;

	RedisSecondaryStorage(StringRedisTemplate redis, String prefix) {
		this.redis = redis;
		this.prefix = prefix;
	}

	@Override
	public @Nullable String get(String key) {
		return this.redis.opsForValue().get(this.prefix + key);
	}

	@Override
	public void set(String key, String value, Duration ttl) {
		this.redis.opsForValue().set(this.prefix + key, value, Duration.ofSeconds(Math.max(ttl.toSeconds(), 1)));
	}

	@Override
	public void delete(String key) {
		this.redis.delete(this.prefix + key);
	}

	@Override
	public @Nullable String getAndDelete(String key) {
		return this.redis.opsForValue().getAndDelete(this.prefix + key);
	}

	@Override
	public Count increment(String key, Duration ttl) {
		List<?> result = this.redis.execute(INCREMENT, List.of(this.prefix + key),
				Long.toString(Math.max(ttl.toSeconds(), 1)));
		long count = ((Number) result.get(0)).longValue();
		long millisLeft = ((Number) result.get(1)).longValue();
		return new Count(count, Duration.ofMillis(Math.max(millisLeft, 0)));
	}

}
