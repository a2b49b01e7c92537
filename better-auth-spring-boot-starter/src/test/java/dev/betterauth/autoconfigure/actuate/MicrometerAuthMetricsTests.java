package dev.betterauth.autoconfigure.actuate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import dev.betterauth.core.session.Session;
import dev.betterauth.core.session.SessionRecord;
import dev.betterauth.core.session.SessionStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MicrometerAuthMetricsTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));

	private final CountingSessions sessions = new CountingSessions();

	private final MicrometerAuthMetrics metrics = new MicrometerAuthMetrics(Set.of("github", "google"), this.sessions,
			this.clock);

	@Test
	void countsSignInsByProviderAndOutcomeWithBoundedTags() {
		this.metrics.bindTo(this.registry);
		this.metrics.signIn("github", null);
		this.metrics.signIn("github", null);
		this.metrics.signIn("google", "state_mismatch");
		this.metrics.signIn("attacker-chosen-id", "access_denied");
		this.metrics.signIn("github", "<script>garbage</script>");
		assertThat(this.registry.get("betterauth.sign-ins")
			.tags("provider", "github", "outcome", "success")
			.counter()
			.count()).isEqualTo(2);
		assertThat(this.registry.get("betterauth.sign-ins")
			.tags("provider", "google", "outcome", "failure")
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.registry.get("betterauth.callback.errors")
			.tags("provider", "google", "code", "state_mismatch")
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.registry.get("betterauth.callback.errors")
			.tags("provider", "unknown", "code", "access_denied")
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.registry.get("betterauth.callback.errors")
			.tags("provider", "github", "code", "other")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void countsRefreshesAndRateLimitRejections() {
		this.metrics.bindTo(this.registry);
		this.metrics.tokenRefresh("google", "success");
		this.metrics.tokenRefresh("google", "invalid_grant");
		this.metrics.rateLimited("sign-in");
		assertThat(this.registry.get("betterauth.token.refreshes").tags("outcome", "invalid_grant").counter().count())
			.isEqualTo(1);
		assertThat(this.registry.get("betterauth.rate-limit.rejections").tags("rule", "sign-in").counter().count())
			.isEqualTo(1);
	}

	@Test
	void activeSessionsAreCountedAtMostOnceAMinute() {
		this.metrics.bindTo(this.registry);
		this.sessions.live = 7;
		assertThat(this.registry.get("betterauth.sessions.active").gauge().value()).isEqualTo(7);
		this.sessions.live = 9;
		assertThat(this.registry.get("betterauth.sessions.active").gauge().value()).isEqualTo(7);
		assertThat(this.sessions.counts.get()).isEqualTo(1);
		this.clock.now = this.clock.now.plus(Duration.ofMinutes(1));
		assertThat(this.registry.get("betterauth.sessions.active").gauge().value()).isEqualTo(9);
		assertThat(this.sessions.counts.get()).isEqualTo(2);
	}

	@Test
	void nothingIsRecordedBeforeBinding() {
		this.metrics.signIn("github", null);
		assertThat(this.registry.find("betterauth.sign-ins").counter()).isNull();
	}

	static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	static final class CountingSessions implements SessionStore {

		final AtomicInteger counts = new AtomicInteger();

		long live;

		@Override
		public OptionalLong countLive(Instant now) {
			this.counts.incrementAndGet();
			return OptionalLong.of(this.live);
		}

		@Override
		public Optional<SessionRecord> findByToken(String token) {
			return Optional.empty();
		}

		@Override
		public void insert(Session session) {
		}

		@Override
		public void extend(SessionRecord session, Instant updatedAt, Instant expiresAt) {
		}

		@Override
		public void deleteByToken(String token) {
		}

		@Override
		public boolean isLive(String sessionId, String userId, Instant now) {
			return false;
		}

		@Override
		public List<SessionRecord> findLiveByUserId(String userId, Instant now) {
			return new ArrayList<>();
		}

		@Override
		public void delete(SessionRecord session) {
		}

	}

}
