package dev.betterauth.core.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import dev.betterauth.core.metrics.AuthMetrics;

/**
 * Better Auth's rate limiter: a default rule (100 requests per 10 s), a stricter one for
 * {@code /sign-in/*} (3 per 10 s), and custom rules by path (a {@code *} matches any
 * characters), the first custom rule that matches winning. Counters are kept per client
 * and path.
 */
public class RateLimiter {

	/** Better Auth's default rule. */
	public static final RateLimitRule DEFAULT_RULE = new RateLimitRule(Duration.ofSeconds(10), 100);

	/** Better Auth's rule for sign-in paths. */
	public static final RateLimitRule SIGN_IN_RULE = new RateLimitRule(Duration.ofSeconds(10), 3);

	private final RateLimitStore store;

	private final RateLimitRule defaultRule;

	private final Map<Pattern, RateLimitRule> customRules;

	private final Clock clock;

	private AuthMetrics metrics = AuthMetrics.NONE;

	/**
	 * @param store where counters live
	 * @param defaultRule the rule for paths no other rule names
	 * @param customRules rules by path pattern, in order
	 * @param clock the clock
	 */
	public RateLimiter(RateLimitStore store, RateLimitRule defaultRule, Map<String, RateLimitRule> customRules,
			Clock clock) {
		this.store = store;
		this.defaultRule = defaultRule;
		Map<Pattern, RateLimitRule> patterns = new LinkedHashMap<>();
		customRules.forEach((path, rule) -> patterns.put(toPattern(path), rule));
		this.customRules = patterns;
		this.clock = clock;
	}

	/**
	 * Where refusals are reported.
	 * @param metrics the metrics
	 */
	public void setMetrics(AuthMetrics metrics) {
		this.metrics = metrics;
	}

	/**
	 * Counts a request.
	 * @param client the client's address key
	 * @param path the path under the base path, e.g. {@code /sign-in/social}
	 * @return empty when allowed; else the seconds until the client may try again
	 */
	public OptionalLong check(String client, String path) {
		RateLimitRule rule = ruleFor(path);
		OptionalLong retryMillis = this.store.tryAcquire(this.store.key(client, path), rule, this.clock.instant());
		if (retryMillis.isPresent()) {
			this.metrics
				.rateLimited((rule == SIGN_IN_RULE) ? "sign-in" : (rule == this.defaultRule) ? "default" : "custom");
		}
		return retryMillis.isPresent() ? OptionalLong.of(Math.max(1, (retryMillis.getAsLong() + 999) / 1000))
				: OptionalLong.empty();
	}

	RateLimitRule ruleFor(String path) {
		for (Map.Entry<Pattern, RateLimitRule> custom : this.customRules.entrySet()) {
			if (custom.getKey().matcher(path).matches()) {
				return custom.getValue();
			}
		}
		return path.startsWith("/sign-in") ? SIGN_IN_RULE : this.defaultRule;
	}

	private static Pattern toPattern(String path) {
		StringBuilder regex = new StringBuilder();
		for (String part : path.split("\\*", -1)) {
			if (regex.length() > 0) {
				regex.append(".*");
			}
			regex.append(Pattern.quote(part));
		}
		return Pattern.compile(regex.toString());
	}

}
