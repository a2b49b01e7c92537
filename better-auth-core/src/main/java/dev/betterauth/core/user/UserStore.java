package dev.betterauth.core.user;

import java.util.Optional;

/**
 * Storage of {@link User users}. Emails are stored lower-cased, so lookups are
 * case-insensitive.
 */
public interface UserStore {

	Optional<User> findById(String id);

	/**
	 * Finds the user with this email.
	 * @param email the email in any case
	 * @return the user, if any
	 */
	Optional<User> findByEmail(String email);

	void insert(User user);

	/**
	 * Writes what the user's setters changed since it was read or last written; nothing
	 * when nothing changed. Joins the caller's transaction.
	 * @param user the user
	 * @throws org.springframework.dao.OptimisticLockingFailureException if the row was
	 * deleted since it was read
	 */
	void update(User user);

	/**
	 * Deletes the user; joins the caller's transaction. The user's sessions and accounts
	 * must be deleted first.
	 * @param user the user
	 */
	void delete(User user);

}
