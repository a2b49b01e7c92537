package dev.betterauth.core.web;

import java.time.Duration;

import dev.betterauth.core.crypto.CookieSigner;
import dev.betterauth.core.crypto.UriComponent;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseCookie;

/**
 * Better Auth's cookies: {@code better-auth.<name>}, with the {@code __Secure-} prefix
 * and the {@code Secure} attribute when the base URL is https; always
 * {@code Path=/; HttpOnly; SameSite=Lax}. Signed values are
 * {@code value.base64(HMAC-SHA256)}, percent-encoded like {@code encodeURIComponent}.
 */
public final class AuthCookies {

	static final Duration STATE_MAX_AGE = Duration.ofMinutes(5);

	private final CookieSigner signer;

	private final boolean secure;

	private final String prefix;

	public AuthCookies(CookieSigner signer, boolean secure) {
		this.signer = signer;
		this.secure = secure;
		this.prefix = (secure ? "__Secure-" : "") + "better-auth.";
	}

	public String sessionToken() {
		return this.prefix + "session_token";
	}

	public String state() {
		return this.prefix + "state";
	}

	String sessionData() {
		return this.prefix + "session_data";
	}

	String dontRemember() {
		return this.prefix + "dont_remember";
	}

	/**
	 * A signed cookie.
	 * @param name the full cookie name
	 * @param value the unsigned value
	 * @param maxAge its lifetime
	 * @return the Set-Cookie header value
	 */
	String signed(String name, String value, Duration maxAge) {
		return cookie(name, UriComponent.encode(this.signer.sign(value)), maxAge);
	}

	/**
	 * A cookie that deletes itself.
	 * @param name the full cookie name
	 * @return the Set-Cookie header value
	 */
	String expired(String name) {
		return cookie(name, "", Duration.ZERO);
	}

	/**
	 * Reads and verifies a signed cookie.
	 * @param request the request
	 * @param name the full cookie name
	 * @return the unsigned value, or {@code null} when absent or forged
	 */
	@Nullable String readSigned(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (name.equals(cookie.getName())) {
				return this.signer.verify(cookie.getValue()).orElse(null);
			}
		}
		return null;
	}

	/**
	 * The session token a request presents: the signed session cookie, else (Better
	 * Auth's bearer plugin) an {@code Authorization: Bearer} header carrying the signed
	 * cookie value or the bare token.
	 * @param request the request
	 * @return the session token, or {@code null}
	 */
	@Nullable String presentedSessionToken(HttpServletRequest request) {
		String cookie = readSigned(request, sessionToken());
		if (cookie != null) {
			return cookie;
		}
		String authorization = request.getHeader("Authorization");
		if (authorization == null || authorization.length() < 8
				|| !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		String token = authorization.substring(7).trim();
		if (token.isEmpty() || token.length() > 512) {
			return null;
		}
		// A signed value ("token.signature", maybe URL-encoded) must verify; a bare token
		// is
		// looked up as it is.
		return (token.indexOf('.') >= 0 || token.contains("%2E") || token.contains("%2e"))
				? this.signer.verify(token).orElse(null) : token;
	}

	/**
	 * The value native clients keep for {@code Authorization: Bearer} (the
	 * {@code set-auth-token} answer header): the signed session cookie value.
	 * @param sessionToken the session token
	 * @return the signed value
	 */
	String bearerValue(String sessionToken) {
		return this.signer.sign(sessionToken);
	}

	boolean isPresent(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (name.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	private String cookie(String name, String value, Duration maxAge) {
		return ResponseCookie.from(name, value)
			.path("/")
			.httpOnly(true)
			.secure(this.secure)
			.sameSite("Lax")
			.maxAge(maxAge)
			.build()
			.toString();
	}

}
