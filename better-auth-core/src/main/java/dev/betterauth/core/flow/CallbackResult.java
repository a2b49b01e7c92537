package dev.betterauth.core.flow;

import dev.betterauth.core.session.Session;
import org.jspecify.annotations.Nullable;

/**
 * How a callback ends.
 *
 * @param redirectUrl where to send the browser
 * @param session the new session to set as cookie, or {@code null} on failure
 * @param expireStateCookie whether the state cookie is spent
 * @param errorCode the error code the browser is sent with, or {@code null} on success
 */
public record CallbackResult(String redirectUrl, @Nullable Session session, boolean expireStateCookie,
		@Nullable String errorCode) {
}
