package dev.betterauth.core.provider.preset;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A preset's settings by property name, such as {@code tenant-id} or {@code team-id}.
 */
public final class PresetOptions {

	/** No settings. */
	public static final PresetOptions NONE = new PresetOptions(Map.of());

	private final Map<String, String> values;

	public PresetOptions(Map<String, String> values) {
		Map<String, String> copy = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				copy.put(name, value.trim());
			}
		});
		this.values = Map.copyOf(copy);
	}

	/**
	 * A setting.
	 * @param name its property name
	 * @return its value, or {@code null} when not set
	 */
	public @Nullable String get(String name) {
		return this.values.get(name);
	}

	/**
	 * A setting with a default.
	 * @param name its property name
	 * @param defaultValue the default
	 * @return its value
	 */
	public String get(String name, String defaultValue) {
		String value = this.values.get(name);
		return (value != null) ? value : defaultValue;
	}

	/**
	 * A setting that must be present.
	 * @param name its property name
	 * @param why what it is for, said in the error
	 * @return its value
	 * @throws PresetOptionException when it is not set
	 */
	public String require(String name, String why) {
		String value = this.values.get(name);
		if (value == null) {
			throw new PresetOptionException(name, null, "This provider needs " + name + ": " + why + ".");
		}
		return value;
	}

	/**
	 * A yes/no setting.
	 * @param name its property name
	 * @param defaultValue its default
	 * @return its value
	 * @throws PresetOptionException when it is neither true nor false
	 */
	public boolean flag(String name, boolean defaultValue) {
		String value = this.values.get(name);
		if (value == null) {
			return defaultValue;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new PresetOptionException(name, value, "Expected true or false.");
		};
	}

	/**
	 * A host name or origin such as {@code example.auth0.com} or
	 * {@code https://sso.example.com}, as an {@code https} origin without a trailing
	 * slash.
	 * @param name its property name
	 * @param why what it is for, said in the error
	 * @return the origin
	 */
	public String requireOrigin(String name, String why) {
		String value = require(name, why);
		String origin = value.contains("://") ? value : "https://" + value;
		try {
			URI uri = new URI(origin);
			if (uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
				throw new URISyntaxException(value, "no host");
			}
		}
		catch (URISyntaxException ex) {
			throw new PresetOptionException(name, value, "Expected a host name such as example.com, or an URL.");
		}
		return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
	}

}
