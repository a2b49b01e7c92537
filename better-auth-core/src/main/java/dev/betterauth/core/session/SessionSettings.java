package dev.betterauth.core.session;

import java.time.Duration;

/**
 * How long sessions live.
 *
 * @param expiresIn lifetime of a session and max-age of its cookie
 * @param updateAge how old a session's last extension may be before use extends it again
 */
public record SessionSettings(Duration expiresIn, Duration updateAge) {

	/** Better Auth's defaults: 7 days, extended at most once a day. */
	public static SessionSettings defaults() {
		return new SessionSettings(Duration.ofDays(7), Duration.ofDays(1));
	}

}
