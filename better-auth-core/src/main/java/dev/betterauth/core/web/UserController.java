package dev.betterauth.core.web;

import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.BetterAuthException.Kind;
import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.account.UserDeletion;
import dev.betterauth.core.session.SessionRecord;
import dev.betterauth.core.session.SessionService;
import dev.betterauth.core.user.User;
import dev.betterauth.core.user.UserService;
import dev.betterauth.core.user.UserService.ProfileUpdate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's own profile: {@code POST /update-user {name?, image?}} and
 * {@code POST /delete-user} (off unless {@code better-auth.user.delete.enabled}; needs a
 * fresh session; the user's sessions and accounts go with it).
 */
@RestController
@RequestMapping("${better-auth.base-path:/api/auth}")
public class UserController {

	private static final int MAX_NAME_LENGTH = 255;

	private static final int MAX_IMAGE_LENGTH = 2048;

	private final UserService users;

	private final UserDeletion deletion;

	private final boolean deleteEnabled;

	private final CurrentSession currentSession;

	private final AuthCookies cookies;

	private final SessionService sessions;

	public UserController(UserService users, UserDeletion deletion, boolean deleteEnabled, SessionService sessions,
			AuthCookies cookies) {
		this.users = users;
		this.deletion = deletion;
		this.deleteEnabled = deleteEnabled;
		this.currentSession = new CurrentSession(sessions, cookies);
		this.cookies = cookies;
		this.sessions = sessions;
	}

	@PostMapping(path = "/update-user", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> updateUser(HttpServletRequest request, HttpServletResponse response,
			@RequestBody(required = false) String json) {
		SessionRecord session = this.currentSession.require(request, response);
		JsonNode body = WireJson.read(json, JsonNode.class);
		if (body == null || !body.isObject()) {
			throw BetterAuthException.validation("body", "expected a JSON object with name or image");
		}
		if (body.has("email")) {
			throw new BetterAuthException(Kind.INVALID_REQUEST, ErrorCodes.EMAIL_CAN_NOT_BE_UPDATED,
					"Email can not be updated");
		}
		String name = null;
		if (body.has("name")) {
			JsonNode value = body.get("name");
			if (!value.isString() || value.asString().isBlank() || value.asString().length() > MAX_NAME_LENGTH) {
				throw BetterAuthException.validation("name",
						"must be a non-empty string of at most " + MAX_NAME_LENGTH + " characters");
			}
			name = value.asString();
		}
		String image = null;
		boolean setsImage = body.has("image");
		if (setsImage) {
			JsonNode value = body.get("image");
			if (!value.isNull() && (!value.isString() || value.asString().length() > MAX_IMAGE_LENGTH)) {
				throw BetterAuthException.validation("image",
						"must be a URL of at most " + MAX_IMAGE_LENGTH + " characters, or null");
			}
			image = value.isNull() ? null : value.asString();
		}
		User user = this.users.update(session.userId(), new ProfileUpdate(name, setsImage, image));
		this.sessions.userUpdated(user);
		// The session_data cookie, if any, carries the user too: rewrite it.
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.SET_COOKIE,
					this.cookies.sessionDataCookies(request, session.withUser(user)).toArray(String[]::new))
			.body("{\"status\":true}");
	}

	@PostMapping(path = "/delete-user", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> deleteUser(HttpServletRequest request, HttpServletResponse response) {
		if (!this.deleteEnabled) {
			throw new BetterAuthException(Kind.NOT_FOUND, ErrorCodes.NOT_FOUND,
					"Deleting users is not enabled (better-auth.user.delete.enabled)");
		}
		SessionRecord session = this.currentSession.requireFresh(request, response);
		this.deletion.delete(session.userId());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.SET_COOKIE, this.cookies.expired(this.cookies.sessionToken()))
			.header(HttpHeaders.SET_COOKIE, this.cookies.expiredSessionData(request).toArray(String[]::new))
			.body("{\"success\":true,\"message\":\"User deleted\"}");
	}

}
