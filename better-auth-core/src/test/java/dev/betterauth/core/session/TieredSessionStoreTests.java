package dev.betterauth.core.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.betterauth.core.storage.OutageLog;
import dev.betterauth.core.storage.SecondaryStorage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;

class TieredSessionStoreTests {

	private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final FlakyStorage storage = new FlakyStorage();

	private final Rows database = new Rows();

	private final TieredSessionStore sessions = new TieredSessionStore(this.database,
			new SecondaryStorageSessionStore(this.storage, this.clock), new OutageLog(), this.clock);

	private final SessionRecord session = new SessionRecord("sid", "tok", NOW.plus(Duration.ofDays(7)),
			NOW.minusSeconds(10), NOW.minusSeconds(10), null, null, "uid", "Jane", "jane@example.com", true, null,
			NOW.minusSeconds(100), NOW.minusSeconds(100));

	@Test
	void readsComeFromStorageAndFallBackToTheDatabase() {
		this.database.rows.put("tok", this.session);
		// Not cached yet: read from the database, then cached.
		assertThat(this.sessions.findByToken("tok")).contains(this.session);
		assertThat(this.storage.values).containsKey("tok");
		this.database.reads = 0;
		assertThat(this.sessions.findByToken("tok")).contains(this.session);
		assertThat(this.database.reads).isZero();
		// Storage down: the database answers.
		this.storage.down = true;
		assertThat(this.sessions.findByToken("tok")).contains(this.session);
		assertThat(this.database.reads).isEqualTo(1);
	}

	@Test
	void aSessionRevokedDuringAnOutageStaysRevokedWhenStorageReturns() {
		this.database.rows.put("tok", this.session);
		this.sessions.findByToken("tok");
		assertThat(this.storage.values).containsKey("tok");
		// Sign-out while storage is down: the row goes, the cached copy cannot.
		this.storage.down = true;
		this.sessions.deleteByToken("tok");
		assertThat(this.storage.values).containsKey("tok");
		this.storage.down = false;
		assertThat(this.sessions.findByToken("tok")).isEmpty();
		assertThat(this.storage.values).doesNotContainKey("tok");
	}

	@Test
	void writesReachBothWithoutATransaction() {
		this.sessions.extend(this.session, NOW, NOW.plus(Duration.ofDays(7)));
		assertThat(this.storage.values.get("tok")).contains("\"updatedAt\":\"2026-11-30T10:00:00.000Z\"");
		assertThat(this.storage.values.get("active-sessions-uid")).contains("\"token\":\"tok\"");
		this.sessions.delete(this.session);
		assertThat(this.storage.values).isEmpty();
	}

	/** A map that can be made to fail like an unreachable Redis. */
	static final class FlakyStorage implements SecondaryStorage {

		final Map<String, String> values = new HashMap<>();

		boolean down;

		@Override
		public @Nullable String get(String key) {
			check();
			return this.values.get(key);
		}

		@Override
		public void set(String key, String value, Duration ttl) {
			check();
			this.values.put(key, value);
		}

		@Override
		public void delete(String key) {
			check();
			this.values.remove(key);
		}

		@Override
		public @Nullable String getAndDelete(String key) {
			check();
			return this.values.remove(key);
		}

		@Override
		public Count increment(String key, Duration ttl) {
			check();
			long count = Long.parseLong(this.values.getOrDefault(key, "0")) + 1;
			this.values.put(key, Long.toString(count));
			return new Count(count, ttl);
		}

		private void check() {
			if (this.down) {
				throw new DataAccessResourceFailureException("Unable to connect to Redis");
			}
		}

	}

	static final class Rows implements SessionStore {

		final Map<String, SessionRecord> rows = new HashMap<>();

		int reads;

		@Override
		public Optional<SessionRecord> findByToken(String token) {
			this.reads++;
			return Optional.ofNullable(this.rows.get(token));
		}

		@Override
		public void insert(Session session) {
			this.rows.put(session.getToken(), SessionRecord.of(session));
		}

		@Override
		public void extend(SessionRecord session, Instant updatedAt, Instant expiresAt) {
			this.rows.put(session.token(), session.extendedTo(updatedAt, expiresAt));
		}

		@Override
		public void deleteByToken(String token) {
			this.rows.remove(token);
		}

		@Override
		public boolean isLive(String sessionId, String userId, Instant now) {
			return this.rows.values().stream().anyMatch((s) -> s.id().equals(sessionId));
		}

		@Override
		public List<SessionRecord> findLiveByUserId(String userId, Instant now) {
			return new ArrayList<>(this.rows.values());
		}

		@Override
		public void delete(SessionRecord session) {
			this.rows.remove(session.token());
		}

	}

}
