package dev.betterauth.core.cookiecache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.betterauth.core.crypto.CookieSigner;
import dev.betterauth.core.session.SessionJson;
import dev.betterauth.core.session.SessionRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Better Auth's session cookie cache ({@code session.cookieCache}): the session and its
 * user in a {@code session_data} cookie that lives {@code max-age}, so
 * {@code get-session} answers without reading storage. A cookie of another
 * {@code version} is ignored, which invalidates every cache at once. A revoked session
 * stays readable from its cache cookie until the cookie's max-age passes on devices that
 * still hold it.
 */
public final class SessionCookieCache {

	/** Verified cookies remembered at most; beyond, the memory starts again. */
	static final int MAX_REMEMBERED = 10_000;

	private final SessionCookieFormat format;

	/**
	 * Cookies already verified, by value: a browser sends the same cookie on every
	 * request for max-age, and verifying it (decode, parse, HMAC or decrypt) costs more
	 * than the rest of get-session. Only verified values get in, and each use still
	 * checks expiry.
	 */
	private final Map<String, CachedSession> verified = new ConcurrentHashMap<>();

	private final Duration maxAge;

	private final String version;

	private final Clock clock;

	/**
	 * @param strategy how the cookie is written
	 * @param secret the current secret (Better Auth signs and encrypts with it alone)
	 * @param maxAge how long a cookie is trusted
	 * @param version the cache version
	 * @param clock the clock
	 */
	public SessionCookieCache(CookieCacheStrategy strategy, String secret, Duration maxAge, String version,
			Clock clock) {
		this.format = switch (strategy) {
			case COMPACT -> new CompactSessionCookieFormat(new CookieSigner(secret));
			case JWT -> new JwtSessionCookieFormat(secret);
			case JWE -> new JweSessionCookieFormat(secret);
		};
		this.maxAge = maxAge;
		this.version = version;
		this.clock = clock;
	}

	public Duration maxAge() {
		return this.maxAge;
	}

	/**
	 * The cookie value caching a session until {@code max-age} from now.
	 * @param session the session and its user
	 * @return the cookie value (cookie-safe, no encoding needed)
	 */
	public String write(SessionRecord session) {
		Instant now = now();
		ObjectNode payload = SessionJson.write(session);
		payload.put("updatedAt", now.toEpochMilli());
		payload.put("version", this.version);
		return this.format.seal(payload, now.plus(this.maxAge));
	}

	/**
	 * Reads a cookie value.
	 * @param value the cookie value (chunks already joined)
	 * @return the cached session, unless the value is forged, of another version, past
	 * its max-age, or caches a session that has expired
	 */
	public Optional<CachedSession> read(String value) {
		Instant now = now();
		CachedSession known = this.verified.get(value);
		if (known != null) {
			if (known.expiresAt().isAfter(now) && known.session().expiresAt().isAfter(now)) {
				return Optional.of(known);
			}
			this.verified.remove(value);
			return Optional.empty();
		}
		Optional<CachedSession> opened = open(value, now);
		opened.ifPresent((cached) -> remember(value, cached));
		return opened;
	}

	private void remember(String value, CachedSession cached) {
		if (this.verified.size() >= MAX_REMEMBERED) {
			this.verified.clear();
		}
		this.verified.put(value, cached);
	}

	private Optional<CachedSession> open(String value, Instant now) {
		SessionCookieFormat.Opened opened = this.format.open(value);
		if (opened == null) {
			return Optional.empty();
		}
		JsonNode version = opened.payload().get("version");
		String cookieVersion = (version != null && version.isString()) ? version.asString() : "1";
		if (!this.version.equals(cookieVersion) || !opened.expiresAt().isAfter(now)) {
			return Optional.empty();
		}
		SessionRecord session = SessionJson.read(opened.payload());
		if (session == null || !session.expiresAt().isAfter(now)) {
			return Optional.empty();
		}
		return Optional.of(new CachedSession(session, opened.expiresAt()));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
