package dev.betterauth.core.event;

/**
 * A user was created by a first sign-in.
 *
 * @param userId the new user
 * @param email the user's email
 * @param providerId the provider the user signed up with
 */
public record UserCreatedEvent(String userId, String email, String providerId) implements AuthEvent {
}
