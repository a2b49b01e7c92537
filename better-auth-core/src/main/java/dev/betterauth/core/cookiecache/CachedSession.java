package dev.betterauth.core.cookiecache;

import java.time.Instant;
import java.util.function.Function;

import dev.betterauth.core.session.SessionRecord;
import org.jspecify.annotations.Nullable;

/**
 * What a valid {@code session_data} cookie holds, and, once asked for, its rendering for
 * an answer (a browser presents the same cookie many times; it is rendered once).
 */
public final class CachedSession {

	private final SessionRecord session;

	private final Instant expiresAt;

	private volatile @Nullable String rendered;

	/**
	 * @param session the session and its user
	 * @param expiresAt when the cookie stops being trusted
	 */
	public CachedSession(SessionRecord session, Instant expiresAt) {
		this.session = session;
		this.expiresAt = expiresAt;
	}

	public SessionRecord session() {
		return this.session;
	}

	public Instant expiresAt() {
		return this.expiresAt;
	}

	/**
	 * The session rendered for an answer, rendered on first use only.
	 * @param render how to render it (the same function on every call)
	 * @return the rendering
	 */
	public String rendered(Function<SessionRecord, String> render) {
		String text = this.rendered;
		if (text == null) {
			text = render.apply(this.session);
			this.rendered = text;
		}
		return text;
	}

}
