package dev.betterauth.core.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.betterauth.core.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T00:00:00Z"));

	@Test
	void signInPathsAllowThreePerTenSeconds() {
		RateLimiter limiter = new RateLimiter(new InMemoryRateLimitStore(), RateLimiter.DEFAULT_RULE, Map.of(),
				this.clock);
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.check("198.51.100.1", "/sign-in/social")).isEmpty();
			this.clock.advance(Duration.ofSeconds(1));
		}
		assertThat(limiter.check("198.51.100.1", "/sign-in/social")).hasValue(9);
		assertThat(limiter.check("198.51.100.2", "/sign-in/social")).as("another client").isEmpty();
		assertThat(limiter.check("198.51.100.1", "/get-session")).as("another path").isEmpty();
		// Better Auth's window runs from the last counted request.
		this.clock.advance(Duration.ofSeconds(11));
		assertThat(limiter.check("198.51.100.1", "/sign-in/social")).isEmpty();
	}

	@Test
	void otherPathsAllowTheDefault() {
		RateLimiter limiter = new RateLimiter(new InMemoryRateLimitStore(), RateLimiter.DEFAULT_RULE, Map.of(),
				this.clock);
		for (int i = 0; i < 100; i++) {
			assertThat(limiter.check("198.51.100.1", "/get-session")).isEmpty();
		}
		assertThat(limiter.check("198.51.100.1", "/get-session")).hasValue(10);
	}

	@Test
	void customRulesMatchByPatternFirstWins() {
		Map<String, RateLimitRule> rules = new LinkedHashMap<>();
		rules.put("/sign-in/*", new RateLimitRule(Duration.ofMinutes(1), 1));
		rules.put("/*", new RateLimitRule(Duration.ofMinutes(1), 2));
		RateLimiter limiter = new RateLimiter(new InMemoryRateLimitStore(), RateLimiter.DEFAULT_RULE, rules,
				this.clock);
		assertThat(limiter.ruleFor("/sign-in/social").max()).isEqualTo(1);
		assertThat(limiter.ruleFor("/get-session").max()).isEqualTo(2);
		assertThat(limiter.check("c", "/sign-in/social")).isEmpty();
		assertThat(limiter.check("c", "/sign-in/social")).hasValue(60);
	}

}
