package dev.betterauth.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;

/**
 * Better Auth 1.7.25's own vectors, copied unchanged (with their README) from the
 * project's {@code shared/vectors} into {@code src/test/resources/vectors}, so every
 * clone runs the crypto tests: a missing file fails them instead of skipping them.
 */
public final class Vectors {

	private static final String RESOURCE = "/vectors/better-auth-1.7.25.json";

	private static JsonNode root;

	private Vectors() {
	}

	public static synchronized JsonNode root() {
		if (root == null) {
			try (InputStream in = Vectors.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("Better Auth vectors missing from the test classpath: " + RESOURCE);
				}
				root = AuthJson.mapper().readTree(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return root;
	}

}
