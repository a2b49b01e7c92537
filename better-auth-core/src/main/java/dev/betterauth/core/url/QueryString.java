package dev.betterauth.core.url;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Appends form-encoded query parameters to a URL that may already have a query: the
 * authorization URL, the error redirect and the {@code form_post} hand-over all build
 * their URLs with it.
 */
public final class QueryString {

	private final StringBuilder url;

	private char separator;

	private QueryString(String base) {
		this.url = new StringBuilder(base.length() + 128).append(base);
		this.separator = (base.indexOf('?') >= 0) ? '&' : '?';
	}

	/**
	 * Starts from a URL.
	 * @param base the URL, with or without a query
	 * @return a builder that appends to it
	 */
	public static QueryString of(String base) {
		return new QueryString(base);
	}

	/**
	 * Appends one parameter, both name and value form-encoded as UTF-8.
	 * @param name the name
	 * @param value the value
	 * @return this builder
	 */
	public QueryString add(String name, String value) {
		this.url.append(this.separator)
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		this.separator = '&';
		return this;
	}

	@Override
	public String toString() {
		return this.url.toString();
	}

}
