package dev.betterauth.core.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The explanation of each error code, read from {@code docs/errors/<code>.md} (packaged
 * as {@code META-INF/better-auth/errors/}) and rendered to HTML once per code.
 */
public class ErrorExplanations {

	static final String LOCATION = "META-INF/better-auth/errors/";

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private final Map<String, String> rendered = new ConcurrentHashMap<>();

	private final ClassLoader classLoader;

	public ErrorExplanations(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * The explanation for a code, falling back to the {@code UNKNOWN} page.
	 * @param code a code matching {@code [A-Za-z0-9_'-]+}
	 * @return HTML
	 */
	public String html(String code) {
		String key = code.toLowerCase(Locale.ROOT);
		String html = this.rendered.get(key);
		if (html != null) {
			return html;
		}
		String markdown = read(key);
		if (markdown == null) {
			// Only documented codes are cached, so arbitrary codes in URLs cannot grow
			// the cache.
			return (key.equals("unknown")) ? "" : html("unknown");
		}
		return this.rendered.computeIfAbsent(key, (name) -> this.renderer.render(this.parser.parse(markdown)));
	}

	/**
	 * Whether a code has its own page.
	 * @param code the code
	 * @return whether {@code docs/errors/<code>.md} exists
	 */
	public boolean isDocumented(String code) {
		return read(code.toLowerCase(Locale.ROOT)) != null;
	}

	private String read(String name) {
		if (!name.matches("[a-z0-9_'-]+")) {
			return null;
		}
		try (InputStream in = this.classLoader.getResourceAsStream(LOCATION + name + ".md")) {
			return (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

}
