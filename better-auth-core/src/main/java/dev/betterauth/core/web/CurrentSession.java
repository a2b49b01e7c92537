package dev.betterauth.core.web;

import java.util.Optional;

import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.BetterAuthException.Kind;
import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.session.ActiveSession;
import dev.betterauth.core.session.SessionRecord;
import dev.betterauth.core.session.SessionService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * The signed-in session of a request, for endpoints that need one. Reading it may extend
 * the session (per {@code update-age}); the cookie is then extended with it.
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
	SessionRecord require(HttpServletRequest request, HttpServletResponse response) {
		String token = this.cookies.presentedSessionToken(request);
		Optional<ActiveSession> active = (token != null) ? this.sessions.find(token, true) : Optional.empty();
		if (active.isEmpty()) {
			throw new BetterAuthException(Kind.UNAUTHORIZED, ErrorCodes.UNAUTHORIZED, "Unauthorized");
		}
		if (active.get().extended()) {
			// The session was extended: so is its cookie, or it would die before the
			// session.
			response.addHeader(HttpHeaders.SET_COOKIE,
					this.cookies.signed(this.cookies.sessionToken(), token, this.sessions.settings().expiresIn()));
			this.cookies.sessionDataCookies(request, active.get().session())
				.forEach((cookie) -> response.addHeader(HttpHeaders.SET_COOKIE, cookie));
		}
		return active.get().session();
	}

	/**
	 * The session, which must also be fresh: created within {@code fresh-age}, else 403
	 * {@code SESSION_NOT_FRESH}.
	 * @param request the request
	 * @param response the response
	 * @return the session and its user
	 */
	SessionRecord requireFresh(HttpServletRequest request, HttpServletResponse response) {
		SessionRecord session = require(request, response);
		if (!this.sessions.isFresh(session)) {
			throw new BetterAuthException(Kind.FORBIDDEN, ErrorCodes.SESSION_NOT_FRESH,
					"Session is not fresh: sign in again to do this");
		}
		return session;
	}

}
