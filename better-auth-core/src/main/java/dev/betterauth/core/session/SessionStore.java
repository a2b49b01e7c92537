package dev.betterauth.core.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of {@link Session sessions}.
 */
public interface SessionStore {

	/**
	 * Reads the session with this token and its user in one statement; needs no
	 * transaction.
	 * @param token the session token
	 * @return the session, if any
	 */
	Optional<SessionRecord> findByToken(String token);

	void insert(Session session);

	/**
	 * Moves a session's expiry; joins the caller's transaction.
	 * @param id the session id
	 * @param updatedAt the new update time
	 * @param expiresAt the new expiry
	 */
	void extend(String id, Instant updatedAt, Instant expiresAt);

	void deleteByToken(String token);

	/**
	 * The user of a session that has not expired.
	 * @param sessionId the session id
	 * @param now the current time
	 * @return the user id, if the session is live
	 */
	Optional<String> findLiveUserId(String sessionId, Instant now);

	/**
	 * The user's sessions that have not expired, with their user, oldest first.
	 * @param userId the user
	 * @param now the current time
	 * @return the sessions
	 */
	List<SessionRecord> findLiveByUserId(String userId, Instant now);

	/**
	 * Deletes one session by its id; joins the caller's transaction.
	 * @param id the session id
	 */
	void deleteById(String id);

}
