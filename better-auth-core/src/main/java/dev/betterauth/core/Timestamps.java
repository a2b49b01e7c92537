package dev.betterauth.core;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * Timestamps as JavaScript's {@code Date.toJSON()} writes them:
 * {@code 2026-01-02T03:04:05.678Z}. Better Auth writes dates this way in JSON answers, in
 * secondary storage and in the session cookie cache.
 */
public final class Timestamps {

	private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private Timestamps() {
	}

	public static @Nullable String format(@Nullable Instant instant) {
		return (instant != null) ? ISO_MILLIS.format(instant) : null;
	}

	/**
	 * Reads a date written by {@code Date.toJSON()} (or any ISO-8601 instant).
	 * @param text the text
	 * @return the instant
	 * @throws java.time.format.DateTimeParseException when it is not a date
	 */
	public static Instant parse(String text) {
		return Instant.parse(text);
	}

}
