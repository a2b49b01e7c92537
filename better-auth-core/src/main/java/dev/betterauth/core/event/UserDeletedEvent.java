package dev.betterauth.core.event;

/**
 * A user was deleted with their sessions and accounts. Published in the deleting
 * transaction; listen with {@code @TransactionalEventListener} to act once it committed.
 *
 * @param userId the deleted user
 * @param email the deleted user's email
 */
public record UserDeletedEvent(String userId, String email) implements AuthEvent {
}
