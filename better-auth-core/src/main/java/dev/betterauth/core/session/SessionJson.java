package dev.betterauth.core.session;

import java.time.Instant;

import dev.betterauth.core.AuthJson;
import dev.betterauth.core.Timestamps;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A session and its user as Better Auth writes them to secondary storage and into the
 * session cookie cache: {@code {"session":{…},"user":{…}}}, dates as ISO strings, members
 * in the order Better Auth 1.7 writes them.
 */
public final class SessionJson {

	private SessionJson() {
	}

	/**
	 * The JSON of a session and its user.
	 * @param session the session
	 * @return {@code {"session":{…},"user":{…}}}
	 */
	public static ObjectNode write(SessionRecord session) {
		ObjectNode root = AuthJson.mapper().createObjectNode();
		ObjectNode s = root.putObject("session");
		s.put("expiresAt", Timestamps.format(session.expiresAt()));
		s.put("token", session.token());
		s.put("createdAt", Timestamps.format(session.createdAt()));
		s.put("updatedAt", Timestamps.format(session.updatedAt()));
		s.put("ipAddress", session.ipAddress());
		s.put("userAgent", session.userAgent());
		s.put("userId", session.userId());
		s.put("id", session.id());
		ObjectNode u = root.putObject("user");
		u.put("name", session.userName());
		u.put("email", session.userEmail());
		u.put("emailVerified", session.userEmailVerified());
		u.put("image", session.userImage());
		u.put("createdAt", Timestamps.format(session.userCreatedAt()));
		u.put("updatedAt", Timestamps.format(session.userUpdatedAt()));
		u.put("id", session.userId());
		return root;
	}

	/**
	 * Reads what {@link #write} (or Better Auth) wrote.
	 * @param root {@code {"session":{…},"user":{…}}}
	 * @return the session, or {@code null} when a required member is missing or malformed
	 */
	public static @Nullable SessionRecord read(JsonNode root) {
		JsonNode s = root.get("session");
		JsonNode u = root.get("user");
		if (s == null || u == null || !s.isObject() || !u.isObject()) {
			return null;
		}
		try {
			String id = text(s, "id");
			String token = text(s, "token");
			String userId = text(s, "userId");
			Instant expiresAt = date(s, "expiresAt");
			Instant createdAt = date(s, "createdAt");
			if (id == null || token == null || userId == null || expiresAt == null || createdAt == null
					|| !userId.equals(text(u, "id"))) {
				return null;
			}
			Instant updatedAt = date(s, "updatedAt");
			Instant userCreatedAt = date(u, "createdAt");
			Instant userUpdatedAt = date(u, "updatedAt");
			return new SessionRecord(id, token, expiresAt, createdAt, (updatedAt != null) ? updatedAt : createdAt,
					text(s, "ipAddress"), text(s, "userAgent"), userId, nonNull(text(u, "name")),
					nonNull(text(u, "email")), u.path("emailVerified").asBoolean(false), text(u, "image"),
					(userCreatedAt != null) ? userCreatedAt : createdAt,
					(userUpdatedAt != null) ? userUpdatedAt : createdAt);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static @Nullable String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value != null && value.isString()) ? value.asString() : null;
	}

	private static @Nullable Instant date(JsonNode node, String name) {
		String text = text(node, name);
		return (text != null) ? Timestamps.parse(text) : null;
	}

	private static String nonNull(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
