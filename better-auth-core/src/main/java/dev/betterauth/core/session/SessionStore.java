package dev.betterauth.core.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.betterauth.core.user.User;

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
	 * @param session the session as read
	 * @param updatedAt the new update time
	 * @param expiresAt the new expiry
	 */
	void extend(SessionRecord session, Instant updatedAt, Instant expiresAt);

	void deleteByToken(String token);

	/**
	 * Whether the user's session with this id has not expired.
	 * @param sessionId the session id
	 * @param userId the user it must belong to
	 * @param now the current time
	 * @return whether it is live
	 */
	boolean isLive(String sessionId, String userId, Instant now);

	/**
	 * The user's sessions that have not expired, with their user, oldest first.
	 * @param userId the user
	 * @param now the current time
	 * @return the sessions
	 */
	List<SessionRecord> findLiveByUserId(String userId, Instant now);

	/**
	 * Deletes one session; joins the caller's transaction.
	 * @param session the session as read
	 */
	void delete(SessionRecord session);

	/**
	 * The user's name, email or image changed: stores that keep a copy of the user with
	 * each session refresh it.
	 * @param user the user as updated
	 */
	default void userUpdated(User user) {
	}

	/**
	 * How many sessions have not expired, where the store can count them cheaply.
	 * @param now the current time
	 * @return the count, or empty when unknown
	 */
	default OptionalLong countLive(Instant now) {
		return OptionalLong.empty();
	}

}
