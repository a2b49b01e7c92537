package dev.betterauth.core.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The origins Better Auth trusts, as Better Auth matches them: an exact origin
 * ({@code https://app.example.com}, the default port implied), a wildcard subdomain
 * ({@code https://*.example.com}: any subdomain, not the domain itself), or a custom
 * scheme for mobile deep links ({@code myapp://}: any URL of that scheme).
 */
public final class TrustedOrigins {

	private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");

	private final List<Entry> entries;

	/**
	 * @param origins the trusted origins
	 * @throws IllegalArgumentException naming an origin that is not of one of the three
	 * forms
	 */
	public TrustedOrigins(List<String> origins) {
		List<Entry> entries = new ArrayList<>();
		for (String origin : origins) {
			entries.add(Entry.parse(origin));
		}
		this.entries = List.copyOf(entries);
	}

	/**
	 * Whether an {@code Origin} header value (or a URL's origin) is trusted.
	 * @param origin e.g. {@code https://app.example.com}; {@code null} and {@code "null"}
	 * are not
	 * @return whether it is trusted
	 */
	public boolean isTrusted(@Nullable String origin) {
		if (origin == null || origin.isEmpty() || origin.equals("null")) {
			return false;
		}
		URI uri;
		try {
			uri = new URI(origin.trim());
		}
		catch (URISyntaxException ex) {
			// "myapp://" (an app's origin) is not a URI to Java: it has an empty
			// authority.
			int separator = origin.indexOf("://");
			String scheme = (separator > 0) ? origin.substring(0, separator).toLowerCase(Locale.ROOT) : "";
			return SCHEME.matcher(scheme).matches() && !scheme.equals("http") && !scheme.equals("https")
					&& this.entries.stream().anyMatch((entry) -> entry.matches(scheme, null, -1));
		}
		return isTrusted(uri);
	}

	/**
	 * Whether an absolute URL points to a trusted origin.
	 * @param uri the URL
	 * @return whether its origin is trusted
	 */
	public boolean isTrusted(URI uri) {
		String scheme = uri.getScheme();
		if (scheme == null || uri.getRawUserInfo() != null) {
			return false;
		}
		scheme = scheme.toLowerCase(Locale.ROOT);
		boolean web = scheme.equals("http") || scheme.equals("https");
		if (web && uri.getHost() == null) {
			return false;
		}
		String host = web ? uri.getHost().toLowerCase(Locale.ROOT) : null;
		int port = web ? Entry.effectivePort(scheme, uri.getPort()) : -1;
		for (Entry entry : this.entries) {
			if (entry.matches(scheme, host, port)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The origin of a URL, e.g. {@code https://app.example.com:8443}.
	 * @param url an absolute http(s) URL
	 * @return its origin
	 */
	public static String originOf(String url) {
		URI uri = URI.create(url);
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		int port = uri.getPort();
		return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
				+ ((port == -1 || port == Entry.effectivePort(scheme, -1)) ? "" : ":" + port);
	}

	/**
	 * One trusted origin; {@code host} is {@code null} for a custom scheme.
	 */
	private record Entry(String scheme, @Nullable String host, boolean wildcard, int port) {

		static Entry parse(String origin) {
			String value = origin.trim();
			int separator = value.indexOf("://");
			String scheme = (separator > 0) ? value.substring(0, separator).toLowerCase(Locale.ROOT) : "";
			if (!SCHEME.matcher(scheme).matches()) {
				throw new IllegalArgumentException(
						"Trusted origin '" + origin + "' must look like https://host[:port] or myapp://");
			}
			if (!scheme.equals("http") && !scheme.equals("https")) {
				if (!value.substring(separator + 3).isEmpty()) {
					throw new IllegalArgumentException("Trusted origin '" + origin
							+ "' with a custom scheme must be just the scheme, e.g. myapp://");
				}
				return new Entry(scheme, null, false, -1);
			}
			URI uri;
			try {
				uri = new URI(value.replace("://*.", "://wildcard."));
			}
			catch (URISyntaxException ex) {
				throw new IllegalArgumentException("Trusted origin '" + origin + "' is not a URL", ex);
			}
			if (uri.getHost() == null) {
				throw new IllegalArgumentException(
						"Trusted origin '" + origin + "' must look like https://host[:port]");
			}
			boolean wildcard = value.contains("://*.");
			String host = uri.getHost().toLowerCase(Locale.ROOT);
			if (wildcard) {
				host = host.substring("wildcard".length());
			}
			return new Entry(scheme, host, wildcard, effectivePort(scheme, uri.getPort()));
		}

		static int effectivePort(String scheme, int port) {
			if (port != -1) {
				return port;
			}
			return scheme.equals("https") ? 443 : 80;
		}

		boolean matches(String scheme, @Nullable String host, int port) {
			if (!this.scheme.equals(scheme)) {
				return false;
			}
			if (this.host == null) {
				return true;
			}
			if (host == null || this.port != port) {
				return false;
			}
			return this.wildcard ? host.endsWith(this.host) && host.length() > this.host.length()
					: this.host.equals(host);
		}

	}

}
