package dev.betterauth.core.session;

import org.jspecify.annotations.Nullable;

/**
 * What a session records about the client that created it.
 *
 * @param ipAddress the client address, may be {@code null}
 * @param userAgent the User-Agent header, may be {@code null}
 */
public record ClientInfo(@Nullable String ipAddress, @Nullable String userAgent) {

	public static final ClientInfo UNKNOWN = new ClientInfo(null, null);

}
