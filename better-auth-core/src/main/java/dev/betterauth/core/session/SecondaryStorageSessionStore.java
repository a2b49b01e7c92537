package dev.betterauth.core.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.betterauth.core.AuthJson;
import dev.betterauth.core.storage.SecondaryStorage;
import dev.betterauth.core.user.User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sessions in {@link SecondaryStorage}, in Better Auth's format: each under its token as
 * {@code {"session":{…},"user":{…}}} living to the session's expiry, and the user's
 * tokens in {@code active-sessions-<userId>} as {@code [{"token":…,"expiresAt":<ms>}]}
 * sorted by expiry, living to the last one. A Node Better Auth on the same storage reads
 * and revokes these sessions, and the reverse.
 */
public class SecondaryStorageSessionStore implements SessionStore {

	static final String ACTIVE_SESSIONS = "active-sessions-";

	private final SecondaryStorage storage;

	private final Clock clock;

	public SecondaryStorageSessionStore(SecondaryStorage storage, Clock clock) {
		this.storage = storage;
		this.clock = clock;
	}

	@Override
	public Optional<SessionRecord> findByToken(String token) {
		String json = this.storage.get(token);
		if (json == null) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(SessionJson.read(AuthJson.mapper().readTree(json)));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void insert(Session session) {
		put(SessionRecord.of(session));
	}

	/**
	 * Stores a session and lists it among its user's sessions.
	 * @param session the session and its user
	 */
	public void put(SessionRecord session) {
		Duration ttl = ttl(session.expiresAt());
		if (ttl.isZero()) {
			return;
		}
		this.storage.set(session.token(), AuthJson.mapper().writeValueAsString(SessionJson.write(session)), ttl);
		List<Entry> entries = activeSessions(session.userId());
		entries.removeIf((entry) -> entry.token().equals(session.token()));
		entries.add(new Entry(session.token(), session.expiresAt().toEpochMilli()));
		writeActiveSessions(session.userId(), entries);
	}

	@Override
	public void extend(SessionRecord session, Instant updatedAt, Instant expiresAt) {
		put(session.extendedTo(updatedAt, expiresAt));
	}

	@Override
	public void deleteByToken(String token) {
		Optional<SessionRecord> session = findByToken(token);
		this.storage.delete(token);
		session.ifPresent((s) -> unlist(s.userId(), token));
	}

	@Override
	public void delete(SessionRecord session) {
		this.storage.delete(session.token());
		unlist(session.userId(), session.token());
	}

	@Override
	public boolean isLive(String sessionId, String userId, Instant now) {
		return findLiveByUserId(userId, now).stream().anyMatch((session) -> session.id().equals(sessionId));
	}

	@Override
	public List<SessionRecord> findLiveByUserId(String userId, Instant now) {
		List<SessionRecord> sessions = new ArrayList<>();
		for (Entry entry : activeSessions(userId)) {
			findByToken(entry.token()).filter((session) -> session.expiresAt().isAfter(now))
				.filter((session) -> session.userId().equals(userId))
				.ifPresent(sessions::add);
		}
		sessions.sort(Comparator.comparing(SessionRecord::createdAt).thenComparing(SessionRecord::id));
		return sessions;
	}

	@Override
	public void userUpdated(User user) {
		// As Better Auth's refreshUserSessions: every live session gets the new user.
		for (SessionRecord session : findLiveByUserId(user.getId(), this.clock.instant())) {
			Duration ttl = ttl(session.expiresAt());
			if (!ttl.isZero()) {
				this.storage.set(session.token(),
						AuthJson.mapper().writeValueAsString(SessionJson.write(session.withUser(user))), ttl);
			}
		}
	}

	private void unlist(String userId, String token) {
		List<Entry> entries = activeSessions(userId);
		if (entries.removeIf((entry) -> entry.token().equals(token))) {
			writeActiveSessions(userId, entries);
		}
	}

	/** The user's listed sessions that have not expired. */
	private List<Entry> activeSessions(String userId) {
		List<Entry> entries = new ArrayList<>();
		String json = this.storage.get(ACTIVE_SESSIONS + userId);
		if (json == null) {
			return entries;
		}
		long now = this.clock.millis();
		try {
			for (JsonNode node : AuthJson.mapper().readTree(json)) {
				JsonNode token = node.get("token");
				JsonNode expiresAt = node.get("expiresAt");
				if (token != null && token.isString() && expiresAt != null && expiresAt.isNumber()
						&& expiresAt.asLong() > now) {
					entries.add(new Entry(token.asString(), expiresAt.asLong()));
				}
			}
		}
		catch (RuntimeException ex) {
			// An unreadable list is rebuilt from what is written next.
		}
		return entries;
	}

	private void writeActiveSessions(String userId, List<Entry> entries) {
		String key = ACTIVE_SESSIONS + userId;
		long now = this.clock.millis();
		entries.removeIf((entry) -> entry.expiresAt() <= now);
		if (entries.isEmpty()) {
			this.storage.delete(key);
			return;
		}
		entries.sort(Comparator.comparingLong(Entry::expiresAt));
		ArrayNode array = AuthJson.mapper().createArrayNode();
		for (Entry entry : entries) {
			ObjectNode node = array.addObject();
			node.put("token", entry.token());
			node.put("expiresAt", entry.expiresAt());
		}
		Duration ttl = ttl(Instant.ofEpochMilli(entries.get(entries.size() - 1).expiresAt()));
		if (ttl.isZero()) {
			this.storage.delete(key);
		}
		else {
			this.storage.set(key, AuthJson.mapper().writeValueAsString(array), ttl);
		}
	}

	/**
	 * Whole seconds to the expiry, as Better Auth's {@code getTTLSeconds}; zero if none.
	 */
	private Duration ttl(Instant expiresAt) {
		long seconds = Math.max((expiresAt.toEpochMilli() - this.clock.millis()) / 1000, 0);
		return Duration.ofSeconds(seconds);
	}

	private record Entry(String token, long expiresAt) {
	}

}
