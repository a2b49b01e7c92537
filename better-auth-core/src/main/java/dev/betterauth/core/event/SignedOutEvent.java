package dev.betterauth.core.event;

/**
 * A session ended: its user signed out, or it was revoked (from another device, by
 * revoke-sessions, or when the user was deleted).
 *
 * @param userId the user
 * @param sessionId the ended session's id
 */
public record SignedOutEvent(String userId, String sessionId) implements AuthEvent {
}
