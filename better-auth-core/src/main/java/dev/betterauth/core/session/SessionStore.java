package dev.betterauth.core.session;

import java.util.Optional;

/**
 * Storage of {@link Session sessions}.
 */
public interface SessionStore {

	/**
	 * Finds the session with this token, its user loaded in the same statement.
	 * @param token the session token
	 * @return the session, if any
	 */
	Optional<Session> findByToken(String token);

	void insert(Session session);

	void delete(Session session);

	void deleteByToken(String token);

}
