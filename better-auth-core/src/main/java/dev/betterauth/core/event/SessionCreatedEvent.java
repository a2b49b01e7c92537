package dev.betterauth.core.event;

import org.jspecify.annotations.Nullable;

/**
 * A user signed in and got a new session.
 *
 * @param userId the user
 * @param sessionId the session id (not its token)
 * @param providerId the provider signed in with
 * @param ipAddress the client address, may be {@code null}
 * @param userAgent the client, may be {@code null}
 */
public record SessionCreatedEvent(String userId, String sessionId, String providerId, @Nullable String ipAddress,
		@Nullable String userAgent) implements AuthEvent {
}
