package dev.betterauth.core.crypto;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RandomStringsTests {

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	@Test
	void givesTheLengthAskedForFromTheAlphabet() {
		for (int length : new int[] { 0, 1, 7, 32, 43, 128, 1000 }) {
			assertThat(RandomStrings.alphanumeric(length)).hasSize(length).matches("[A-Za-z0-9]*");
		}
	}

	@Test
	void drawsEveryCharacterAboutEquallyOften() {
		int draws = 62 * 4000;
		int[] counts = new int[62];
		StringBuilder all = new StringBuilder();
		while (all.length() < draws) {
			all.append(RandomStrings.alphanumeric(64));
		}
		for (int i = 0; i < draws; i++) {
			counts[ALPHABET.indexOf(all.charAt(i))]++;
		}
		// Each count is binomial with mean 4000 and standard deviation about 63: a modulo
		// bias (the first eight characters drawn 5 times in 256 instead of 4) would put
		// them near 4900.
		for (int i = 0; i < counts.length; i++) {
			assertThat(counts[i]).as("count of %s", ALPHABET.charAt(i)).isBetween(3600, 4400);
		}
	}

	@Test
	void doesNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			assertThat(seen.add(RandomStrings.id())).isTrue();
		}
	}

}
