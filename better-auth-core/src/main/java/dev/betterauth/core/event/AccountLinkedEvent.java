package dev.betterauth.core.event;

/**
 * A provider account was linked to a user: at first sign-in, by email, or through
 * {@code /link-social}.
 *
 * @param userId the user
 * @param providerId the provider
 * @param accountId the provider's subject
 * @param explicit whether the user linked it through {@code /link-social}
 */
public record AccountLinkedEvent(String userId, String providerId, String accountId,
		boolean explicit) implements AuthEvent {
}
