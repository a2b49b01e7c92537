package dev.betterauth.core.provider.preset;

import org.jspecify.annotations.Nullable;

/**
 * A preset setting that is missing or invalid.
 */
public class PresetOptionException extends IllegalArgumentException {

	private final String option;

	private final @Nullable String value;

	/**
	 * @param option the setting's property name ({@code tenant-id})
	 * @param value the value, or {@code null}
	 * @param message what is wrong and how to fix it
	 */
	public PresetOptionException(String option, @Nullable String value, String message) {
		super(message);
		this.option = option;
		this.value = value;
	}

	public String option() {
		return this.option;
	}

	public @Nullable String value() {
		return this.value;
	}

}
