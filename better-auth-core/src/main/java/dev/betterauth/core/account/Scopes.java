package dev.betterauth.core.account;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Scopes as Better Auth stores them in {@code account.scope}: comma-joined (spaces
 * tolerated on read).
 */
public final class Scopes {

	private Scopes() {
	}

	/**
	 * @param stored the stored value, may be {@code null}
	 * @return the scopes, empty when none
	 */
	public static List<String> split(@Nullable String stored) {
		return (stored == null || stored.isBlank()) ? List.of()
				: Arrays.stream(stored.split("[,\\s]+")).filter((s) -> !s.isEmpty()).toList();
	}

	/**
	 * @param scopes the scopes
	 * @return the stored form
	 */
	public static String join(List<String> scopes) {
		return String.join(",", scopes);
	}

}
