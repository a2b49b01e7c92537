package dev.betterauth.core.session;

/**
 * A valid session as {@code get-session} reads it.
 *
 * @param session the session, with its user loaded
 * @param extended whether this read extended its expiry (the cookie must then be set again)
 */
public record ActiveSession(Session session, boolean extended) {
}
