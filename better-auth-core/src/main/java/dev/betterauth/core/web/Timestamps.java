package dev.betterauth.core.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Timestamps as JavaScript's {@code Date.toJSON()} writes them:
 * {@code 2026-01-02T03:04:05.678Z}.
 */
final class Timestamps {

	private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private Timestamps() {
	}

	static String format(Instant instant) {
		return (instant != null) ? ISO_MILLIS.format(instant) : null;
	}

}
