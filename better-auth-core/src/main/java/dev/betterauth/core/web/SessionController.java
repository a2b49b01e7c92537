package dev.betterauth.core.web;

import java.util.Optional;

import dev.betterauth.core.session.ActiveSession;
import dev.betterauth.core.session.SessionService;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /get-session} ({@code {session, user}} or {@code null}) and
 * {@code POST /sign-out}.
 */
@RestController
@RequestMapping("${better-auth.base-path:/api/auth}")
public class SessionController {

	private final SessionService sessions;

	private final AuthCookies cookies;

	public SessionController(SessionService sessions, AuthCookies cookies) {
		this.sessions = sessions;
		this.cookies = cookies;
	}

	@GetMapping("/get-session")
	ResponseEntity<String> getSession(HttpServletRequest request) {
		boolean disableRefresh = "true".equals(request.getParameter("disableRefresh"));
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_JSON);
		String token = this.cookies.readSigned(request, this.cookies.sessionToken());
		Optional<ActiveSession> active = (token != null) ? this.sessions.find(token, !disableRefresh)
				: Optional.empty();
		if (active.isEmpty()) {
			if (this.cookies.isPresent(request, this.cookies.sessionToken())) {
				// A forged, expired or revoked cookie is useless: drop it.
				response.header(HttpHeaders.SET_COOKIE, this.cookies.expired(this.cookies.sessionToken()));
			}
			return response.body("null");
		}
		if (active.get().extended()) {
			response.header(HttpHeaders.SET_COOKIE,
					this.cookies.signed(this.cookies.sessionToken(), token, this.sessions.settings().expiresIn()));
		}
		return response.body(WireJson.write(SessionView.of(active.get().session())));
	}

	@PostMapping(path = "/sign-out", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> signOut(HttpServletRequest request) {
		String token = this.cookies.readSigned(request, this.cookies.sessionToken());
		if (token != null) {
			this.sessions.revoke(token);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.SET_COOKIE, this.cookies.expired(this.cookies.sessionToken()))
			.header(HttpHeaders.SET_COOKIE, this.cookies.expired(this.cookies.sessionData()))
			.header(HttpHeaders.SET_COOKIE, this.cookies.expired(this.cookies.dontRemember()))
			.body("{\"success\":true}");
	}

}
