package dev.betterauth.core.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import dev.betterauth.core.cookiecache.CachedSession;
import dev.betterauth.core.cookiecache.SessionCookieCache;
import dev.betterauth.core.crypto.CookieSigner;
import dev.betterauth.core.crypto.UriComponent;
import dev.betterauth.core.session.Session;
import dev.betterauth.core.session.SessionRecord;
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

	/** Better Auth's size limit for one cookie; larger values are split in chunks. */
	private static final int MAX_COOKIE_SIZE = 4050;

	private static final int MAX_CHUNKS = 100;

	private final String prefix;

	private final @Nullable SessionCookieCache cookieCache;

	public AuthCookies(CookieSigner signer, boolean secure) {
		this(signer, secure, null);
	}

	/**
	 * @param signer signs and verifies cookie values
	 * @param secure whether cookies are {@code Secure} (and {@code __Secure-} prefixed)
	 * @param cookieCache the session cookie cache, or {@code null} when it is off
	 */
	public AuthCookies(CookieSigner signer, boolean secure, @Nullable SessionCookieCache cookieCache) {
		this.signer = signer;
		this.secure = secure;
		this.prefix = (secure ? "__Secure-" : "") + "better-auth.";
		this.cookieCache = cookieCache;
	}

	boolean cookieCacheEnabled() {
		return this.cookieCache != null;
	}

	/**
	 * The session a valid {@code session_data} cookie caches, when the cookie cache is on
	 * and the cookie caches the presented session.
	 * @param request the request
	 * @param storedToken the presented session token as storage keeps it
	 * @return the cached session
	 */
	Optional<CachedSession> cachedSession(HttpServletRequest request, String storedToken) {
		if (this.cookieCache == null) {
			return Optional.empty();
		}
		String value = chunked(request, sessionData());
		if (value == null) {
			return Optional.empty();
		}
		return this.cookieCache.read(value).filter((cached) -> cached.session().token().equals(storedToken));
	}

	/**
	 * The Set-Cookie headers caching a session in {@code session_data} (split in chunks
	 * when too large for one cookie, as Better Auth does); none when the cache is off.
	 * @param request the request, whose stale chunks are expired
	 * @param session the session and its user
	 * @return the headers
	 */
	List<String> sessionDataCookies(HttpServletRequest request, SessionRecord session) {
		if (this.cookieCache == null) {
			return List.of();
		}
		String name = sessionData();
		String value = this.cookieCache.write(session);
		Duration maxAge = this.cookieCache.maxAge();
		int chunkSize = MAX_COOKIE_SIZE - cookie(name + ".99", "", maxAge).length();
		int chunks = (value.length() + chunkSize - 1) / chunkSize;
		List<String> headers = new ArrayList<>();
		if (chunks > MAX_CHUNKS) {
			return expiredSessionData(request);
		}
		List<String> written = new ArrayList<>();
		if (chunks <= 1) {
			written.add(name);
			headers.add(cookie(name, value, maxAge));
		}
		else {
			for (int i = 0; i < chunks; i++) {
				written.add(name + "." + i);
				headers.add(cookie(name + "." + i,
						value.substring(i * chunkSize, Math.min(value.length(), (i + 1) * chunkSize)), maxAge));
			}
		}
		for (String present : sessionDataNames(request)) {
			if (!written.contains(present)) {
				headers.add(expired(present));
			}
		}
		return headers;
	}

	/**
	 * The Set-Cookie headers caching a new session (none, and no work, when the cache is
	 * off).
	 * @param request the request
	 * @param session the session just created, with its user
	 * @return the headers
	 */
	List<String> sessionDataCookies(HttpServletRequest request, Session session) {
		return (this.cookieCache != null) ? sessionDataCookies(request, SessionRecord.of(session)) : List.of();
	}

	/**
	 * Set-Cookie headers expiring {@code session_data} and every chunk of it the request
	 * carries.
	 * @param request the request
	 * @return the headers
	 */
	List<String> expiredSessionData(HttpServletRequest request) {
		List<String> headers = new ArrayList<>();
		headers.add(expired(sessionData()));
		for (String present : sessionDataNames(request)) {
			if (!present.equals(sessionData())) {
				headers.add(expired(present));
			}
		}
		return headers;
	}

	private List<String> sessionDataNames(HttpServletRequest request) {
		List<String> names = new ArrayList<>();
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			String name = sessionData();
			for (Cookie cookie : cookies) {
				if (cookie.getName().equals(name) || chunkIndex(name, cookie.getName()) >= 0) {
					names.add(cookie.getName());
				}
			}
		}
		return names;
	}

	/** The cookie's value, or its chunks {@code name.0}, {@code name.1}, … joined. */
	private @Nullable String chunked(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		TreeMap<Integer, String> chunks = new TreeMap<>();
		for (Cookie cookie : cookies) {
			if (cookie.getName().equals(name)) {
				return cookie.getValue();
			}
			int index = chunkIndex(name, cookie.getName());
			if (index >= 0) {
				chunks.put(index, cookie.getValue());
			}
		}
		return chunks.isEmpty() ? null : String.join("", chunks.values());
	}

	/** The chunk number of {@code name.N} (N canonical, below 100), else -1. */
	private static int chunkIndex(String name, String cookieName) {
		if (!cookieName.startsWith(name + ".")) {
			return -1;
		}
		String index = cookieName.substring(name.length() + 1);
		if (index.isEmpty() || index.length() > 2 || (index.length() > 1 && index.charAt(0) == '0')) {
			return -1;
		}
		for (int i = 0; i < index.length(); i++) {
			if (!Character.isDigit(index.charAt(i))) {
				return -1;
			}
		}
		return Integer.parseInt(index);
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

	/**
	 * Whether the client chose not to be remembered (Better Auth's signed
	 * {@code dont_remember}).
	 */
	boolean dontRememberMe(HttpServletRequest request) {
		return readSigned(request, dontRemember()) != null;
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
