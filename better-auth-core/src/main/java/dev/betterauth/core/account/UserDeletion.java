package dev.betterauth.core.account;

import dev.betterauth.core.event.AuthEventPublisher;
import dev.betterauth.core.event.UserDeletedEvent;
import dev.betterauth.core.event.UserDeletingEvent;
import dev.betterauth.core.session.SessionService;
import dev.betterauth.core.user.User;
import dev.betterauth.core.user.UserStore;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes a user ({@code delete-user}) with their sessions and provider accounts, in one
 * transaction: {@link UserDeletingEvent} before anything goes, a {@code SignedOutEvent}
 * per session, {@link UserDeletedEvent} after.
 */
public class UserDeletion {

	private final UserStore users;

	private final AccountStore accounts;

	private final SessionService sessions;

	private final AuthEventPublisher events;

	private final TransactionTemplate transactions;

	public UserDeletion(UserStore users, AccountStore accounts, SessionService sessions, AuthEventPublisher events,
			TransactionTemplate transactions) {
		this.users = users;
		this.accounts = accounts;
		this.sessions = sessions;
		this.events = events;
		this.transactions = transactions;
	}

	/**
	 * Deletes the user.
	 * @param userId the user
	 */
	public void delete(String userId) {
		this.transactions.executeWithoutResult((status) -> {
			User user = this.users.findById(userId).orElseThrow(() -> new AccountNotFoundException("User not found"));
			this.events.publish(new UserDeletingEvent(user.getId(), user.getEmail()));
			this.sessions.revokeAll(userId, null);
			this.accounts.lockByUserId(userId).forEach(this.accounts::delete);
			this.users.delete(user);
			this.events.publish(new UserDeletedEvent(user.getId(), user.getEmail()));
		});
	}

}
