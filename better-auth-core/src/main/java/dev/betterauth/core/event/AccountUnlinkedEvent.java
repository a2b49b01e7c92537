package dev.betterauth.core.event;

/**
 * A provider account was unlinked from its user.
 *
 * @param userId the user
 * @param providerId the provider
 * @param accountId the provider's subject
 */
public record AccountUnlinkedEvent(String userId, String providerId, String accountId) implements AuthEvent {
}
