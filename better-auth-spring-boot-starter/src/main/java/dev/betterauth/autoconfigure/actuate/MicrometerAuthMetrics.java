package dev.betterauth.autoconfigure.actuate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;

import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.metrics.AuthMetrics;
import dev.betterauth.core.session.SessionStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

/**
 * Better Auth's meters:
 * <ul>
 * <li>{@code betterauth.sign-ins} (provider, outcome): completed and failed
 * sign-ins;</li>
 * <li>{@code betterauth.callback.errors} (provider, code): why sign-ins failed;</li>
 * <li>{@code betterauth.token.refreshes} (provider, outcome);</li>
 * <li>{@code betterauth.rate-limit.rejections} (rule);</li>
 * <li>{@code betterauth.sessions.active}: sessions that have not expired, counted at most
 * once a minute.</li>
 * </ul>
 * Tags take only bounded values: a provider id that is not configured is {@code unknown},
 * and an error code outside Better Auth's and RFC 6749's is {@code other}, so a client
 * cannot grow the registry.
 */
final class MicrometerAuthMetrics implements AuthMetrics, MeterBinder {

	static final Duration ACTIVE_SESSIONS_REFRESH = Duration.ofMinutes(1);

	/** RFC 6749 section 4.1.2.1, which providers send to the callback. */
	private static final Set<String> OAUTH_ERRORS = Set.of("access_denied", "invalid_request", "unauthorized_client",
			"unsupported_response_type", "invalid_scope", "server_error", "temporarily_unavailable",
			"interaction_required", "login_required", "consent_required");

	private final Set<String> providers;

	private final SessionStore sessions;

	private final Clock clock;

	private @Nullable MeterRegistry registry;

	private volatile @Nullable Instant countedAt;

	private volatile double activeSessions = Double.NaN;

	MicrometerAuthMetrics(Set<String> providers, SessionStore sessions, Clock clock) {
		this.providers = providers;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.registry = registry;
		Gauge.builder("betterauth.sessions.active", this, MicrometerAuthMetrics::countActiveSessions)
			.description("Sessions that have not expired")
			.register(registry);
	}

	@Override
	public void signIn(String providerId, @Nullable String errorCode) {
		MeterRegistry meters = this.registry;
		if (meters == null) {
			return;
		}
		String provider = provider(providerId);
		Counter.builder("betterauth.sign-ins")
			.description("Sign-ins, by provider and outcome")
			.tag("provider", provider)
			.tag("outcome", (errorCode != null) ? "failure" : "success")
			.register(meters)
			.increment();
		if (errorCode != null) {
			Counter.builder("betterauth.callback.errors")
				.description("Failed sign-ins, by the error code the client got")
				.tag("provider", provider)
				.tag("code", code(errorCode))
				.register(meters)
				.increment();
		}
	}

	@Override
	public void tokenRefresh(String providerId, String outcome) {
		MeterRegistry meters = this.registry;
		if (meters != null) {
			Counter.builder("betterauth.token.refreshes")
				.description("Access token refreshes at providers, by outcome")
				.tag("provider", provider(providerId))
				.tag("outcome", outcome)
				.register(meters)
				.increment();
		}
	}

	@Override
	public void rateLimited(String rule) {
		MeterRegistry meters = this.registry;
		if (meters != null) {
			Counter.builder("betterauth.rate-limit.rejections")
				.description("Requests refused by the rate limiter")
				.tag("rule", rule)
				.register(meters)
				.increment();
		}
	}

	private String provider(String providerId) {
		return this.providers.contains(providerId) ? providerId : "unknown";
	}

	static String code(String errorCode) {
		return (ErrorCodes.isKnown(errorCode) || OAUTH_ERRORS.contains(errorCode)) ? errorCode : "other";
	}

	/** Counts at most once per refresh period: scrapes must not load the database. */
	private double countActiveSessions() {
		Instant now = this.clock.instant();
		Instant last = this.countedAt;
		if (last == null || !now.isBefore(last.plus(ACTIVE_SESSIONS_REFRESH))) {
			this.countedAt = now;
			try {
				OptionalLong count = this.sessions.countLive(now);
				this.activeSessions = count.isPresent() ? count.getAsLong() : Double.NaN;
			}
			catch (RuntimeException ex) {
				this.activeSessions = Double.NaN;
			}
		}
		return this.activeSessions;
	}

}
