package dev.betterauth.core.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import dev.betterauth.core.crypto.UriComponent;

/**
 * Decides whether a callback URL supplied by a client may be redirected to: a safe
 * relative path on this site, or an absolute URL whose origin is trusted (a custom scheme
 * such as {@code myapp://} only when that scheme is trusted). Rejects protocol-relative
 * ({@code //evil}), backslash ({@code /\evil}) and encoded-slash tricks, other schemes
 * ({@code javascript:}), user-info, whitespace and control characters.
 */
public final class RedirectUrlPolicy {

	private final TrustedOrigins trusted;

	/**
	 * @param trustedOrigins origins as {@link TrustedOrigins} reads them
	 */
	public RedirectUrlPolicy(List<String> trustedOrigins) {
		this.trusted = new TrustedOrigins(trustedOrigins);
	}

	/**
	 * Whether the URL may be redirected to.
	 * @param url the URL as the client sent it
	 * @return {@code true} when it is a safe relative path or a trusted absolute URL
	 */
	public boolean isAllowed(String url) {
		if (url == null || url.isEmpty() || url.length() > 2048) {
			return false;
		}
		for (int i = 0; i < url.length(); i++) {
			char c = url.charAt(i);
			if (c <= 0x20 || c == 0x7F || c == '\\') {
				return false;
			}
		}
		if (url.startsWith("/")) {
			return isSafePath(url);
		}
		return isTrustedAbsolute(url);
	}

	private static boolean isSafePath(String url) {
		int end = indexOfAny(url, '?', '#');
		String path = (end < 0) ? url : url.substring(0, end);
		if (path.startsWith("//")) {
			return false;
		}
		// Browsers and servers may decode once (or twice): the decoded path must be just
		// as safe.
		// A browser resolves dot segments before it follows: "/.//evil" goes to "//evil".
		if (removeDotSegments(path).startsWith("//")) {
			return false;
		}
		String decoded = path;
		for (int round = 0; round < 2 && decoded.indexOf('%') >= 0; round++) {
			decoded = UriComponent.decode(decoded);
			if (decoded == null || decoded.startsWith("//") || decoded.indexOf('\\') >= 0
					|| removeDotSegments(decoded).startsWith("//")) {
				return false;
			}
			for (int i = 0; i < decoded.length(); i++) {
				if (decoded.charAt(i) < 0x20 || decoded.charAt(i) == 0x7F) {
					return false;
				}
			}
		}
		try {
			URI uri = new URI(url);
			return uri.getScheme() == null && uri.getRawAuthority() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private boolean isTrustedAbsolute(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return false;
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		// Schemes that run code or carry content are never a redirect target, trusted or
		// not.
		if (scheme.equals("javascript") || scheme.equals("data") || scheme.equals("vbscript")
				|| scheme.equals("file")) {
			return false;
		}
		return this.trusted.isTrusted(uri);
	}

	/**
	 * RFC 3986 section 5.2.4: the path a client ends up at once {@code .} and {@code ..}
	 * segments are resolved.
	 */
	static String removeDotSegments(String path) {
		Deque<String> output = new ArrayDeque<>();
		String[] segments = path.split("/", -1);
		for (int i = 1; i < segments.length; i++) {
			String segment = segments[i];
			boolean last = i == segments.length - 1;
			if (segment.equals(".")) {
				if (last) {
					output.addLast("");
				}
			}
			else if (segment.equals("..")) {
				output.pollLast();
				if (last) {
					output.addLast("");
				}
			}
			else {
				output.addLast(segment);
			}
		}
		return "/" + String.join("/", output);
	}

	private static int indexOfAny(String text, char a, char b) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == a || text.charAt(i) == b) {
				return i;
			}
		}
		return -1;
	}

}
