package dev.betterauth.core.signin;

/**
 * An explicit link started by a signed-in user through {@code /link-social}; stored with
 * the flow's state. Field names follow Better Auth's {@code link} state data, plus the
 * session.
 *
 * @param userId the user who started it
 * @param email the user's email then
 * @param sessionId the session that started it: linking fails if it has ended since
 */
public record LinkIntent(String userId, String email, String sessionId) {
}
