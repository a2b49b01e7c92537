package dev.betterauth.core.provider.preset;

/**
 * What presets share.
 */
final class Presets {

	/** Sent where a provider requires a User-Agent (GitHub, Reddit). */
	static final String USER_AGENT = "better-auth-spring-boot";

	private Presets() {
	}

}
