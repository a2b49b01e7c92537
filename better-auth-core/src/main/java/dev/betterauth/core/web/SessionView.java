package dev.betterauth.core.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.betterauth.core.Timestamps;
import dev.betterauth.core.session.SessionRecord;

/**
 * {@code get-session}'s answer: {@code {session, user}}.
 *
 * @param session the session
 * @param user its user
 */
record SessionView(SessionJson session, UserJson user) {

	static SessionView of(SessionRecord session) {
		return new SessionView(
				new SessionJson(session.id(), session.token(), session.userId(), Timestamps.format(session.expiresAt()),
						Timestamps.format(session.createdAt()), Timestamps.format(session.updatedAt()),
						session.ipAddress(), session.userAgent()),
				new UserJson(session.userId(), session.userEmail(), session.userName(), session.userImage(),
						session.userEmailVerified(), Timestamps.format(session.userCreatedAt()),
						Timestamps.format(session.userUpdatedAt())));
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
