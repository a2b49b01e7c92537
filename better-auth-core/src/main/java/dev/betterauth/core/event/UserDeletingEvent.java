package dev.betterauth.core.event;

/**
 * A user is about to be deleted (before their sessions, accounts and row go), inside the
 * deleting transaction: an {@code @EventListener} can delete the application's own rows
 * that reference the user, or refuse by throwing.
 *
 * @param userId the user
 * @param email the user's email
 */
public record UserDeletingEvent(String userId, String email) implements AuthEvent {
}
