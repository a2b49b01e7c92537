package dev.betterauth.core.event;

/**
 * A user signed out; the session is gone.
 *
 * @param userId the user
 * @param sessionId the ended session's id
 */
public record SignedOutEvent(String userId, String sessionId) implements AuthEvent {
}
