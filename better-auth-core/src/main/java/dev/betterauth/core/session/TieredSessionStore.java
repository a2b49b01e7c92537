package dev.betterauth.core.session;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.betterauth.core.storage.OutageLog;
import dev.betterauth.core.user.User;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sessions in the database and in secondary storage (Better Auth's
 * {@code storeSessionInDatabase}): reads try storage first and fall back to the database
 * (re-filling storage); writes go to the database, then, after commit, to storage. The
 * database stays the record: while storage is down every request falls back to it (one
 * WARN), and sessions that storage held from before an outage this instance saw are
 * confirmed against the database, so a sign-out made during the outage is not undone when
 * storage returns.
 */
public class TieredSessionStore implements SessionStore {

	private final SessionStore database;

	private final SecondaryStorageSessionStore storage;

	private final OutageLog outages;

	private final Clock clock;

	private volatile @Nullable Instant lastOutage;

	/**
	 * @param database the database store, the record
	 * @param storage the secondary storage store
	 * @param outages where outages are logged (shared with the other storage users)
	 * @param clock the clock sessions are stamped with
	 */
	public TieredSessionStore(SessionStore database, SecondaryStorageSessionStore storage, OutageLog outages,
			Clock clock) {
		this.database = database;
		this.storage = storage;
		this.outages = outages;
		this.clock = clock;
	}

	@Override
	public Optional<SessionRecord> findByToken(String token) {
		Optional<SessionRecord> cached;
		try {
			cached = this.storage.findByToken(token);
			this.outages.recovered();
		}
		catch (DataAccessException ex) {
			failed("read a session", ex);
			return this.database.findByToken(token);
		}
		Instant outage = this.lastOutage;
		if (cached.isPresent() && (outage == null || !cached.get().updatedAt().isBefore(outage))) {
			return cached;
		}
		Optional<SessionRecord> stored = this.database.findByToken(token);
		if (stored.isPresent()) {
			quietly("cache a session", () -> this.storage.put(stored.get()));
		}
		else if (cached.isPresent()) {
			// Revoked while storage was unreachable.
			quietly("drop a revoked session", () -> this.storage.delete(cached.get()));
		}
		return stored;
	}

	@Override
	public void insert(Session session) {
		this.database.insert(session);
		SessionRecord record = SessionRecord.of(session);
		afterCommit("store a session", () -> this.storage.put(record));
	}

	@Override
	public void extend(SessionRecord session, Instant updatedAt, Instant expiresAt) {
		this.database.extend(session, updatedAt, expiresAt);
		afterCommit("extend a session", () -> this.storage.extend(session, updatedAt, expiresAt));
	}

	@Override
	public void deleteByToken(String token) {
		this.database.deleteByToken(token);
		afterCommit("delete a session", () -> this.storage.deleteByToken(token));
	}

	@Override
	public void delete(SessionRecord session) {
		this.database.delete(session);
		afterCommit("delete a session", () -> this.storage.delete(session));
	}

	@Override
	public boolean isLive(String sessionId, String userId, Instant now) {
		return this.database.isLive(sessionId, userId, now);
	}

	@Override
	public List<SessionRecord> findLiveByUserId(String userId, Instant now) {
		return this.database.findLiveByUserId(userId, now);
	}

	@Override
	public OptionalLong countLive(Instant now) {
		return this.database.countLive(now);
	}

	@Override
	public void userUpdated(User user) {
		afterCommit("refresh a user's sessions", () -> this.storage.userUpdated(user));
	}

	/** Runs a storage write once the database change is committed (now, without one). */
	private void afterCommit(String what, Runnable write) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					quietly(what, write);
				}
			});
		}
		else {
			quietly(what, write);
		}
	}

	private void quietly(String what, Runnable write) {
		try {
			write.run();
			this.outages.recovered();
		}
		catch (DataAccessException ex) {
			failed(what, ex);
		}
	}

	private void failed(String what, DataAccessException ex) {
		this.lastOutage = this.clock.instant();
		this.outages.failed(what, ex);
	}

}
