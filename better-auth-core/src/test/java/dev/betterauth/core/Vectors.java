package dev.betterauth.core;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;

/**
 * Better Auth 1.7.25's own vectors from {@code shared/vectors}, found beside the checkout.
 */
public final class Vectors {

	private static JsonNode root;

	private Vectors() {
	}

	public static synchronized JsonNode root() {
		if (root == null) {
			Path file = locate();
			Assumptions.assumeTrue(file != null,
					"Better Auth vectors not found: expected shared/vectors/better-auth-1.7.25.json beside the checkout");
			root = AuthJson.mapper().readTree(file.toFile());
		}
		return root;
	}

	private static Path locate() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			for (Path candidate : new Path[] { dir.resolve("shared/vectors/better-auth-1.7.25.json"),
					dir.resolve("../shared/vectors/better-auth-1.7.25.json") }) {
				if (Files.isRegularFile(candidate)) {
					return candidate.normalize();
				}
			}
		}
		return null;
	}

}
