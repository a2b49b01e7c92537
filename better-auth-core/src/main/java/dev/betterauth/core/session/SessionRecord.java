package dev.betterauth.core.session;

import java.time.Instant;

import dev.betterauth.core.user.User;
import org.jspecify.annotations.Nullable;

/**
 * A session and its user as {@code get-session} reads them: plain values, not managed
 * entities, so reading costs one {@code SELECT} and nothing at commit.
 *
 * @param id the session id
 * @param token the session token
 * @param expiresAt when it expires
 * @param createdAt when it was created
 * @param updatedAt when it was last extended
 * @param ipAddress the client address that created it
 * @param userAgent the client that created it
 * @param userId the user id
 * @param userName the user's name
 * @param userEmail the user's email
 * @param userEmailVerified whether the user's email is verified
 * @param userImage the user's image
 * @param userCreatedAt when the user was created
 * @param userUpdatedAt when the user was last updated
 */
public record SessionRecord(String id, String token, Instant expiresAt, Instant createdAt, Instant updatedAt,
		@Nullable String ipAddress, @Nullable String userAgent, String userId, String userName, String userEmail,
		boolean userEmailVerified, @Nullable String userImage, Instant userCreatedAt, Instant userUpdatedAt) {

	/**
	 * The plain view of a session entity and its user.
	 * @param session the session, with its user loaded
	 * @return the record
	 */
	public static SessionRecord of(Session session) {
		User user = session.getUser();
		return new SessionRecord(session.getId(), session.getToken(), session.getExpiresAt(), session.getCreatedAt(),
				session.getUpdatedAt(), session.getIpAddress(), session.getUserAgent(), user.getId(), user.getName(),
				user.getEmail(), user.isEmailVerified(), user.getImage(), user.getCreatedAt(), user.getUpdatedAt());
	}

	/**
	 * This session with its user's current values.
	 * @param user the user, as updated
	 * @return the record
	 */
	public SessionRecord withUser(User user) {
		return new SessionRecord(this.id, this.token, this.expiresAt, this.createdAt, this.updatedAt, this.ipAddress,
				this.userAgent, user.getId(), user.getName(), user.getEmail(), user.isEmailVerified(), user.getImage(),
				user.getCreatedAt(), user.getUpdatedAt());
	}

	SessionRecord extendedTo(Instant now, Instant newExpiresAt) {
		return new SessionRecord(this.id, this.token, newExpiresAt, this.createdAt, now, this.ipAddress, this.userAgent,
				this.userId, this.userName, this.userEmail, this.userEmailVerified, this.userImage, this.userCreatedAt,
				this.userUpdatedAt);
	}

	/** Everything but the session token, which is a bearer credential. */
	@Override
	public String toString() {
		return "SessionRecord[id=" + this.id + ", token=***, expiresAt=" + this.expiresAt + ", userId=" + this.userId
				+ "]";
	}
}
