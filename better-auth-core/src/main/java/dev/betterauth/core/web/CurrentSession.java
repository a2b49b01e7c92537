package dev.betterauth.core.web;

import java.util.Optional;

import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.BetterAuthException.Kind;
import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.session.ActiveSession;
import dev.betterauth.core.session.SessionRecord;
import dev.betterauth.core.session.SessionService;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The signed-in session of a request, for endpoints that need one.
 */
final class CurrentSession {

	private final SessionService sessions;

	private final AuthCookies cookies;

	CurrentSession(SessionService sessions, AuthCookies cookies) {
		this.sessions = sessions;
		this.cookies = cookies;
	}

	/**
	 * The session, or 401 {@code UNAUTHORIZED} in Better Auth's envelope (Better Auth
	 * itself answers some of these 401s with an empty body).
	 * @param request the request
	 * @return the session and its user
	 */
	SessionRecord require(HttpServletRequest request) {
		String token = this.cookies.readSigned(request, this.cookies.sessionToken());
		Optional<ActiveSession> active = (token != null) ? this.sessions.find(token, true) : Optional.empty();
		return active.map(ActiveSession::session)
			.orElseThrow(() -> new BetterAuthException(Kind.UNAUTHORIZED, ErrorCodes.UNAUTHORIZED, "Unauthorized"));
	}

}
