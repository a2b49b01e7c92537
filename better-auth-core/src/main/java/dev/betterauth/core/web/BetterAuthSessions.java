package dev.betterauth.core.web;

import java.util.Optional;

import dev.betterauth.core.cookiecache.CachedSession;
import dev.betterauth.core.session.ActiveSession;
import dev.betterauth.core.session.AuthSession;
import dev.betterauth.core.session.SessionService;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The signed-in session of a request, for application code: services, filters, views. The
 * session comes from the session cookie or an {@code Authorization: Bearer} header; it is
 * looked up once per request.
 *
 * <pre>
 * AuthSession me = sessions.require(request);
 * </pre>
 *
 * In controllers, take {@link AuthSession} (or {@code Optional<AuthSession>}) as a method
 * argument instead; with Spring Security, it is the {@code Authentication}'s principal.
 */
public class BetterAuthSessions {

	private static final String ATTRIBUTE = BetterAuthSessions.class.getName() + ".session";

	private final SessionService sessions;

	private final AuthCookies cookies;

	public BetterAuthSessions(SessionService sessions, AuthCookies cookies) {
		this.sessions = sessions;
		this.cookies = cookies;
	}

	/**
	 * The request's session, if it has a valid one.
	 * @param request the request
	 * @return the session and its user
	 */
	@SuppressWarnings("unchecked")
	public Optional<AuthSession> current(HttpServletRequest request) {
		Object cached = request.getAttribute(ATTRIBUTE);
		if (cached instanceof Optional<?> known) {
			return (Optional<AuthSession>) known;
		}
		String token = this.cookies.presentedSessionToken(request);
		Optional<AuthSession> session = Optional.empty();
		if (token != null) {
			// A valid session_data cookie (when the cookie cache is on) spares storage.
			// Reading never extends the session here: only the auth API answers with
			// cookies.
			session = this.cookies.cachedSession(request, this.sessions.storedToken(token))
				.map(CachedSession::session)
				.or(() -> this.sessions.find(token, false).map(ActiveSession::session))
				.map(AuthSession::of);
		}
		request.setAttribute(ATTRIBUTE, session);
		return session;
	}

	/**
	 * The request's session, which it must have.
	 * @param request the request
	 * @return the session and its user
	 * @throws SessionRequiredException answered 401 {@code UNAUTHORIZED}
	 */
	public AuthSession require(HttpServletRequest request) {
		return current(request).orElseThrow(SessionRequiredException::new);
	}

}
