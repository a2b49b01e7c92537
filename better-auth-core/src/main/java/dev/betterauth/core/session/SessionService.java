package dev.betterauth.core.session;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import dev.betterauth.core.crypto.RandomStrings;
import dev.betterauth.core.event.AuthEventPublisher;
import dev.betterauth.core.event.SignedOutEvent;
import dev.betterauth.core.storage.OutageLog;
import dev.betterauth.core.user.User;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates, reads, extends and revokes sessions. Reading is the hot path (every page
 * load): one {@code SELECT} joined with the user, and an {@code UPDATE} only when the
 * session is older than {@code update-age}.
 */
public class SessionService {

	/** Session tokens are 32 random alphanumerics, as Better Auth's. */
	static final int TOKEN_LENGTH = 32;

	private final SessionStore sessions;

	private final SessionSettings settings;

	private final TransactionTemplate transactions;

	private final AuthEventPublisher events;

	private final Clock clock;

	private final SessionTokens tokens;

	private final OutageLog outages = new OutageLog();

	public SessionService(SessionStore sessions, SessionSettings settings, TransactionTemplate transactions,
			AuthEventPublisher events, Clock clock) {
		this(sessions, settings, transactions, events, clock, SessionTokens.PLAIN);
	}

	/**
	 * @param sessions the sessions
	 * @param settings how long they live
	 * @param transactions transactions
	 * @param events where events go
	 * @param clock the clock
	 * @param tokens how tokens are stored
	 */
	public SessionService(SessionStore sessions, SessionSettings settings, TransactionTemplate transactions,
			AuthEventPublisher events, Clock clock, SessionTokens tokens) {
		this.tokens = tokens;
		this.sessions = sessions;
		this.settings = settings;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The form a session token is stored in (the token itself, or its hash).
	 * @param token the token the client holds
	 * @return what the {@code token} column holds
	 */
	public String storedToken(String token) {
		return this.tokens.stored(token);
	}

	public SessionSettings settings() {
		return this.settings;
	}

	/**
	 * Starts a session for the user; joins the caller's transaction.
	 * @param user the user
	 * @param client where the sign-in came from
	 * @return the new session
	 */
	public Session create(User user, ClientInfo client) {
		Instant now = now();
		String token = RandomStrings.alphanumeric(TOKEN_LENGTH);
		Session session = new Session(RandomStrings.id(), this.tokens.stored(token), user, now,
				now.plus(this.settings.expiresIn()), client.ipAddress(), client.userAgent());
		session.setIssuedToken(token);
		this.sessions.insert(session);
		return session;
	}

	/**
	 * Reads the session for a token, deleting it when expired and extending it when it is
	 * older than {@code update-age} (unless {@code mayExtend} is false).
	 * @param token the session token from the verified cookie
	 * @param mayExtend whether this read may extend the session
	 * @return the session, if valid
	 */
	public Optional<ActiveSession> find(String token, boolean mayExtend) {
		// The common case is one SELECT outside any transaction; writes are rare and get
		// their own.
		Optional<SessionRecord> found;
		try {
			found = this.sessions.findByToken(this.tokens.stored(token));
		}
		catch (DataAccessException ex) {
			// Only sessions kept in secondary storage alone get here: without it, no
			// session can be read, which is not a server error.
			this.outages.failed("read a session", ex);
			return Optional.empty();
		}
		if (found.isEmpty()) {
			return Optional.empty();
		}
		SessionRecord session = found.get();
		Instant now = now();
		if (!session.expiresAt().isAfter(now)) {
			this.transactions.executeWithoutResult((status) -> this.sessions.deleteByToken(session.token()));
			return Optional.empty();
		}
		Instant extendAt = session.expiresAt().minus(this.settings.expiresIn()).plus(this.settings.updateAge());
		if (!mayExtend || now.isBefore(extendAt)) {
			return Optional.of(new ActiveSession(session, false));
		}
		Instant expiresAt = now.plus(this.settings.expiresIn());
		this.transactions.executeWithoutResult((status) -> this.sessions.extend(session, now, expiresAt));
		return Optional.of(new ActiveSession(session.extendedTo(now, expiresAt), true));
	}

	/**
	 * Signs out: deletes the session with this token, if any, and publishes
	 * {@link SignedOutEvent} in the same transaction.
	 * @param token the session token
	 */
	public void revoke(String token) {
		Optional<SessionRecord> session = this.sessions.findByToken(this.tokens.stored(token));
		if (session.isEmpty()) {
			return;
		}
		this.transactions.executeWithoutResult((status) -> {
			this.sessions.deleteByToken(session.get().token());
			this.events.publish(new SignedOutEvent(session.get().userId(), session.get().id()));
		});
	}

	/**
	 * The user's live sessions ({@code list-sessions}).
	 * @param userId the user
	 * @return the sessions, oldest first
	 */
	public List<SessionRecord> list(String userId) {
		return this.sessions.findLiveByUserId(userId, now());
	}

	/**
	 * Revokes one of the user's sessions by its token; a token that is unknown or not the
	 * user's is left alone, as Better Auth does.
	 * @param userId the user
	 * @param token the session's token
	 * @return the id of the session revoked, if any
	 */
	public Optional<String> revoke(String userId, String token) {
		// The client's token, or the stored value list-sessions showed (the same unless
		// tokens are hashed).
		Optional<SessionRecord> session = this.sessions.findByToken(this.tokens.stored(token));
		if (session.isEmpty() && this.tokens != SessionTokens.PLAIN) {
			session = this.sessions.findByToken(token);
		}
		if (session.isEmpty() || !session.get().userId().equals(userId)) {
			return Optional.empty();
		}
		revoke(session.get());
		return Optional.of(session.get().id());
	}

	/**
	 * Revokes the user's sessions, but the one to keep.
	 * @param userId the user
	 * @param keepToken the stored token of the session to keep
	 * ({@link SessionRecord#token()}), or {@code null} for none
	 * @return how many were revoked
	 */
	public int revokeAll(String userId, @Nullable String keepToken) {
		int revoked = 0;
		for (SessionRecord session : this.sessions.findLiveByUserId(userId, now())) {
			if (!session.token().equals(keepToken)) {
				revoke(session);
				revoked++;
			}
		}
		return revoked;
	}

	/**
	 * The user changed: stores keeping a copy of the user with each session refresh it.
	 * @param user the user as updated
	 */
	public void userUpdated(User user) {
		this.sessions.userUpdated(user);
	}

	/**
	 * Whether the session was created recently enough for a sensitive action.
	 * @param session the session
	 * @return whether it is fresh ({@code fresh-age} zero: always)
	 */
	public boolean isFresh(SessionRecord session) {
		return this.settings.freshAge().isZero() || session.createdAt().plus(this.settings.freshAge()).isAfter(now());
	}

	private void revoke(SessionRecord session) {
		this.transactions.executeWithoutResult((status) -> {
			this.sessions.delete(session);
			this.events.publish(new SignedOutEvent(session.userId(), session.id()));
		});
	}

	private Instant now() {
		// Better Auth stores JavaScript dates: millisecond precision.
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
