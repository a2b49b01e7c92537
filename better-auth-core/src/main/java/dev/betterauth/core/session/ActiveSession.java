package dev.betterauth.core.session;

/**
 * A valid session as {@code get-session} reads it.
 *
 * @param session the session and its user
 * @param extended whether this read extended its expiry (the cookie must then be set
 * again)
 */
public record ActiveSession(SessionRecord session, boolean extended) {
}
