package dev.betterauth.core.web;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.cookiecache.CachedSession;
import dev.betterauth.core.session.ActiveSession;
import dev.betterauth.core.session.SessionRecord;
import dev.betterauth.core.session.SessionService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /get-session} ({@code {session, user}} or {@code null}),
 * {@code POST /sign-out}, and the user's sessions: {@code GET /list-sessions},
 * {@code POST /revoke-session}, {@code /revoke-sessions} and
 * {@code /revoke-other-sessions} (those three need a fresh session).
 */
@RestController
@RequestMapping("${better-auth.base-path:/api/auth}")
public class SessionController {

	private final SessionService sessions;

	private final AuthCookies cookies;

	private final CurrentSession currentSession;

	public SessionController(SessionService sessions, AuthCookies cookies) {
		this.sessions = sessions;
		this.cookies = cookies;
		this.currentSession = new CurrentSession(sessions, cookies);
	}

	@GetMapping("/get-session")
	ResponseEntity<String> getSession(HttpServletRequest request) {
		// Most calls carry no query: spare the parameter parsing.
		boolean hasQuery = request.getQueryString() != null;
		boolean disableRefresh = hasQuery && "true".equals(request.getParameter("disableRefresh"));
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_JSON);
		String token = this.cookies.presentedSessionToken(request);
		if (token != null && this.cookies.cookieCacheEnabled()
				&& !(hasQuery && "true".equals(request.getParameter("disableCookieCache")))) {
			// A valid session_data cookie answers without touching storage.
			Optional<CachedSession> cached = this.cookies.cachedSession(request, this.sessions.storedToken(token));
			if (cached.isPresent()) {
				return response.body(cached.get().rendered(SessionController::render));
			}
		}
		Optional<ActiveSession> active = (token != null) ? this.sessions.find(token, !disableRefresh)
				: Optional.empty();
		if (active.isEmpty()) {
			if (this.cookies.isPresent(request, this.cookies.sessionToken())) {
				// A forged, expired or revoked cookie is useless: drop it.
				response.header(HttpHeaders.SET_COOKIE, this.cookies.expired(this.cookies.sessionToken()));
				response.header(HttpHeaders.SET_COOKIE,
						this.cookies.expiredSessionData(request).toArray(String[]::new));
			}
			return response.body("null");
		}
		if (active.get().extended()) {
			response.header(HttpHeaders.SET_COOKIE,
					this.cookies.signed(this.cookies.sessionToken(), token, this.sessions.settings().expiresIn()));
		}
		if (active.get().extended() || (!disableRefresh && !this.cookies.dontRememberMe(request))) {
			// As Better Auth: the cache is (re)written whenever the session is read from
			// storage, but not for a session that must end with the browser.
			response.header(HttpHeaders.SET_COOKIE,
					this.cookies.sessionDataCookies(request, active.get().session()).toArray(String[]::new));
		}
		return response.body(render(active.get().session()));
	}

	private static String render(SessionRecord session) {
		return WireJson.write(SessionView.of(session));
	}

	@GetMapping(path = "/list-sessions", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> listSessions(HttpServletRequest request, HttpServletResponse response) {
		SessionRecord session = this.currentSession.require(request, response);
		List<SessionView.SessionJson> body = this.sessions.list(session.userId())
			.stream()
			.map((s) -> SessionView.of(s).session())
			.toList();
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(WireJson.write(body));
	}

	@PostMapping(path = "/revoke-session", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> revokeSession(HttpServletRequest request, HttpServletResponse response,
			@RequestBody(required = false) String json) {
		SessionRecord session = this.currentSession.requireFresh(request, response);
		RevokeBody body = WireJson.read(json, RevokeBody.class);
		if (body == null || body.token() == null || body.token().isBlank()) {
			throw BetterAuthException.validation("token", "Invalid input");
		}
		// Whichever form the token came in (the cookie's, or list-sessions' stored
		// value).
		boolean own = this.sessions.revoke(session.userId(), body.token()).filter(session.id()::equals).isPresent();
		return status(request, own);
	}

	@PostMapping(path = "/revoke-sessions", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> revokeSessions(HttpServletRequest request, HttpServletResponse response) {
		SessionRecord session = this.currentSession.requireFresh(request, response);
		this.sessions.revokeAll(session.userId(), null);
		return status(request, true);
	}

	@PostMapping(path = "/revoke-other-sessions", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> revokeOtherSessions(HttpServletRequest request, HttpServletResponse response) {
		SessionRecord session = this.currentSession.requireFresh(request, response);
		this.sessions.revokeAll(session.userId(), session.token());
		return status(request, false);
	}

	/**
	 * {@code {"status": true}}, clearing the session cookie when this session was
	 * revoked.
	 */
	private ResponseEntity<String> status(HttpServletRequest request, boolean ownSessionRevoked) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
		if (ownSessionRevoked) {
			answer.header(HttpHeaders.SET_COOKIE, this.cookies.expired(this.cookies.sessionToken()))
				.header(HttpHeaders.SET_COOKIE, this.cookies.expiredSessionData(request).toArray(String[]::new));
		}
		return answer.body("{\"status\":true}");
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record RevokeBody(String token) {
	}

	@PostMapping(path = "/sign-out", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> signOut(HttpServletRequest request) {
		String token = this.cookies.presentedSessionToken(request);
		if (token != null) {
			this.sessions.revoke(token);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.SET_COOKIE, this.cookies.expired(this.cookies.sessionToken()))
			.header(HttpHeaders.SET_COOKIE, this.cookies.expiredSessionData(request).toArray(String[]::new))
			.header(HttpHeaders.SET_COOKIE, this.cookies.expired(this.cookies.dontRemember()))
			.body("{\"success\":true}");
	}

}
