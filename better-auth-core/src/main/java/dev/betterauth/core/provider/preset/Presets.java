package dev.betterauth.core.provider.preset;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What presets share.
 */
final class Presets {

	/** Sent where a provider requires a User-Agent (GitHub, Reddit). */
	static final String USER_AGENT = "better-auth-spring-boot";

	private Presets() {
	}

	/**
	 * Joins the {@code scope} parameter's scopes with commas, as Linear, TikTok and
	 * WeChat document it.
	 * @param parameters the authorization request's parameters
	 */
	static void commaSeparatedScope(Map<String, String> parameters) {
		parameters.computeIfPresent("scope",
				(name, scope) -> Arrays.stream(scope.split("[\\s,]+"))
					.filter((each) -> !each.isEmpty())
					.collect(Collectors.joining(",")));
	}

	/**
	 * Renames a parameter where it stands, keeping the others' order.
	 * @param parameters the parameters, in order
	 * @param from the name to replace
	 * @param to the provider's name for it
	 */
	static void renameParameter(Map<String, String> parameters, String from, String to) {
		if (!parameters.containsKey(from)) {
			return;
		}
		Map<String, String> renamed = new LinkedHashMap<>();
		parameters.forEach((name, value) -> renamed.put(name.equals(from) ? to : name, value));
		parameters.clear();
		parameters.putAll(renamed);
	}

}
