package dev.betterauth.core.session;

import java.time.Duration;

/**
 * How long sessions live.
 *
 * @param expiresIn lifetime of a session and max-age of its cookie
 * @param updateAge how old a session's last extension may be before use extends it again
 * @param freshAge how recently a session must have been created for sensitive actions
 * (revoking sessions, unlinking an account, deleting the user); zero turns the check off
 */
public record SessionSettings(Duration expiresIn, Duration updateAge, Duration freshAge) {

	/** Better Auth's defaults: 7 days, extended at most once a day, fresh for a day. */
	public static SessionSettings defaults() {
		return new SessionSettings(Duration.ofDays(7), Duration.ofDays(1), Duration.ofDays(1));
	}

}
