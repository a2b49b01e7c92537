package dev.betterauth.core.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.betterauth.core.session.Session;
import dev.betterauth.core.user.User;

/**
 * {@code get-session}'s answer: {@code {session, user}}.
 *
 * @param session the session
 * @param user its user
 */
record SessionView(SessionJson session, UserJson user) {

	static SessionView of(Session session) {
		User user = session.getUser();
		return new SessionView(
				new SessionJson(session.getId(), session.getToken(), user.getId(),
						Timestamps.format(session.getExpiresAt()), Timestamps.format(session.getCreatedAt()),
						Timestamps.format(session.getUpdatedAt()), session.getIpAddress(), session.getUserAgent()),
				new UserJson(user.getId(), user.getEmail(), user.getName(), user.getImage(), user.isEmailVerified(),
						Timestamps.format(user.getCreatedAt()), Timestamps.format(user.getUpdatedAt())));
	}

	@JsonPropertyOrder({ "id", "token", "userId", "expiresAt", "createdAt", "updatedAt", "ipAddress", "userAgent" })
	record SessionJson(String id, String token, String userId, String expiresAt, String createdAt, String updatedAt,
			String ipAddress, String userAgent) {
	}

	@JsonPropertyOrder({ "id", "email", "name", "image", "emailVerified", "createdAt", "updatedAt" })
	record UserJson(String id, String email, String name, String image, boolean emailVerified, String createdAt,
			String updatedAt) {
	}

}
