package dev.betterauth.sample;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.betterauth.core.session.AuthSession;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The application's own protected resources: a page and a JSON endpoint that show who is
 * signed in. Both take the session as a method argument, which works with and without
 * Spring Security; with it, {@code /api/me} is also guarded by the filter chain.
 */
@RestController
class ProtectedController {

	/** Signed in: the user's page; else back to the sign-in page. */
	@GetMapping(path = "/me", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page(Optional<AuthSession> session) {
		if (session.isEmpty()) {
			return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/?signin=required")).build();
		}
		AuthSession me = session.get();
		return ResponseEntity.ok()
			.body("<!doctype html><html><head><title>My page</title></head><body><h1>Hello, "
					+ HtmlUtils.htmlEscape(me.name()) + "</h1><p>Signed in as " + HtmlUtils.htmlEscape(me.email())
					+ "</p><p><a href=\"/\">Back</a></p></body></html>");
	}

	/** Needs a session: 401 in Better Auth's envelope without one. */
	@GetMapping("/api/me")
	Map<String, Object> me(AuthSession session) {
		Map<String, Object> me = new LinkedHashMap<>();
		me.put("userId", session.userId());
		me.put("email", session.email());
		me.put("name", session.name());
		me.put("sessionExpiresAt", session.expiresAt().toString());
		return me;
	}

}
