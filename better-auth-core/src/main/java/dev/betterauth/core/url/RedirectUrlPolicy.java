package dev.betterauth.core.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import dev.betterauth.core.crypto.UriComponent;

/**
 * Decides whether a callback URL supplied by a client may be redirected to: a safe
 * relative path on this site, or an absolute http(s) URL whose origin is trusted. Rejects
 * protocol-relative ({@code //evil}), backslash ({@code /\evil}) and encoded-slash
 * tricks, other schemes ({@code javascript:}), user-info, whitespace and control
 * characters.
 */
public final class RedirectUrlPolicy {

	private final List<TrustedOrigin> trusted;

	/**
	 * @param trustedOrigins origins such as {@code https://app.example.com}; a host may
	 * start with {@code *.} to trust its subdomains
	 */
	public RedirectUrlPolicy(List<String> trustedOrigins) {
		List<TrustedOrigin> origins = new ArrayList<>();
		for (String origin : trustedOrigins) {
			origins.add(TrustedOrigin.parse(origin));
		}
		this.trusted = List.copyOf(origins);
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
		String scheme = uri.getScheme();
		if (scheme == null || uri.getRawUserInfo() != null || uri.getHost() == null) {
			return false;
		}
		scheme = scheme.toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return false;
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		int port = TrustedOrigin.effectivePort(scheme, uri.getPort());
		for (TrustedOrigin origin : this.trusted) {
			if (origin.matches(scheme, host, port)) {
				return true;
			}
		}
		return false;
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

	/**
	 * The origin of an absolute URL, e.g. {@code https://app.example.com:8443}.
	 * @param url an absolute URL
	 * @return its origin
	 */
	public static String originOf(String url) {
		URI uri = URI.create(url);
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		int port = uri.getPort();
		return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
				+ ((port == -1 || port == TrustedOrigin.effectivePort(scheme, -1)) ? "" : ":" + port);
	}

	private record TrustedOrigin(String scheme, String host, boolean wildcard, int port) {

		static TrustedOrigin parse(String origin) {
			URI uri;
			try {
				uri = new URI(origin.replace("://*.", "://wildcard."));
			}
			catch (URISyntaxException ex) {
				throw new IllegalArgumentException("Trusted origin '" + origin + "' is not a URL", ex);
			}
			if (uri.getScheme() == null || uri.getHost() == null) {
				throw new IllegalArgumentException(
						"Trusted origin '" + origin + "' must look like https://host[:port]");
			}
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			boolean wildcard = origin.contains("://*.");
			String host = uri.getHost().toLowerCase(Locale.ROOT);
			if (wildcard) {
				host = host.substring("wildcard".length());
			}
			return new TrustedOrigin(scheme, host, wildcard, effectivePort(scheme, uri.getPort()));
		}

		static int effectivePort(String scheme, int port) {
			if (port != -1) {
				return port;
			}
			return scheme.equals("https") ? 443 : 80;
		}

		boolean matches(String scheme, String host, int port) {
			if (!this.scheme.equals(scheme) || this.port != port) {
				return false;
			}
			return this.wildcard ? host.endsWith(this.host) && host.length() > this.host.length()
					: this.host.equals(host);
		}

	}

}
