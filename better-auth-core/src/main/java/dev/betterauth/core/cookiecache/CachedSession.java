package dev.betterauth.core.cookiecache;

import java.time.Instant;

import dev.betterauth.core.session.SessionRecord;

/**
 * What a valid {@code session_data} cookie holds.
 *
 * @param session the session and its user
 * @param cachedAt when the cookie was written
 * @param expiresAt when the cookie stops being trusted
 */
public record CachedSession(SessionRecord session, Instant cachedAt, Instant expiresAt) {

}
