package dev.betterauth.core.session;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user and their session, as application code sees them: take it as a
 * controller method argument, from {@code BetterAuthSessions}, or, with Spring Security,
 * as the {@code Authentication}'s principal ({@code @AuthenticationPrincipal}). It never
 * carries the session token.
 *
 * @param sessionId the session's id
 * @param userId the user's id
 * @param email the user's email
 * @param name the user's name
 * @param image the user's picture URL, may be {@code null}
 * @param emailVerified whether the email is verified
 * @param createdAt when the session was created (the sign-in)
 * @param expiresAt when the session expires unless used
 */
public record AuthSession(String sessionId, String userId, String email, String name, @Nullable String image,
		boolean emailVerified, Instant createdAt, Instant expiresAt) {

	/**
	 * The application's view of a stored session.
	 * @param session the session and its user
	 * @return the view
	 */
	public static AuthSession of(SessionRecord session) {
		return new AuthSession(session.id(), session.userId(), session.userEmail(), session.userName(),
				session.userImage(), session.userEmailVerified(), session.createdAt(), session.expiresAt());
	}

}
