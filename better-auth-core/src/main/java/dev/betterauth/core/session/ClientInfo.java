package dev.betterauth.core.session;

/**
 * What a session records about the client that created it.
 *
 * @param ipAddress the client address, may be {@code null}
 * @param userAgent the User-Agent header, may be {@code null}
 */
public record ClientInfo(String ipAddress, String userAgent) {

	public static final ClientInfo UNKNOWN = new ClientInfo(null, null);

}
