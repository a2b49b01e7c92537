package dev.betterauth.core.cookiecache;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One strategy's cookie value: seals a payload ({@code {session, user, updatedAt,
 * version}}) until an expiry, and opens it again.
 */
interface SessionCookieFormat {

	String seal(ObjectNode payload, Instant expiresAt);

	/**
	 * @param value the cookie value
	 * @return the payload and its expiry, or {@code null} when forged or unreadable
	 */
	@Nullable Opened open(String value);

	record Opened(ObjectNode payload, Instant expiresAt) {
	}

}
