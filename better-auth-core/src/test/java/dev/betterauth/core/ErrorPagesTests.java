package dev.betterauth.core;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.betterauth.core.web.ErrorExplanations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error code the code base can emit has its page in {@code docs/errors}, following
 * the one shape, and the error page serves it.
 */
class ErrorPagesTests {

	private static final Path DOCS = Path.of("../docs/errors");

	private static final Path SOURCES = Path.of("src/main/java");

	@Test
	void everyErrorCodeHasAPageWithTheSharedShape() throws Exception {
		List<String> codes = codes();
		assertThat(codes).hasSizeGreaterThan(25);
		for (String code : codes) {
			Path page = DOCS.resolve(code.toLowerCase(Locale.ROOT) + ".md");
			assertThat(page).as("docs/errors page for " + code).exists();
			String text = Files.readString(page);
			assertThat(text).as(page.toString())
				.contains("`" + code + "`")
				.contains("## Common causes", "## How to resolve", "## How to debug locally");
		}
	}

	@Test
	void theErrorPageServesEveryExplanation() throws Exception {
		ErrorExplanations explanations = new ErrorExplanations(getClass().getClassLoader());
		for (String code : codes()) {
			assertThat(explanations.isDocumented(code)).as(code).isTrue();
			assertThat(explanations.html(code)).as(code).contains("<h2>Common causes</h2>");
		}
		assertThat(explanations.html("no_such_code")).isEqualTo(explanations.html("unknown")).contains("UNKNOWN");
	}

	/**
	 * Codes are constants in {@link ErrorCodes}; no main source may pass a code as a
	 * literal, so a new code cannot bypass the page check.
	 */
	@Test
	void noSourceEmitsACodeOutsideErrorCodes() throws IOException {
		Pattern literal = Pattern
			.compile("new (?:OAuthFlowException|BetterAuthException|AccessTokenException|SignInRejectedException)\\("
					+ "(?:Kind\\.\\w+, )?\"|fail\\([^,]+, \"");
		List<String> offenders = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = literal.matcher(Files.readString(file));
				while (matcher.find()) {
					offenders.add(file + ": " + matcher.group());
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	private static List<String> codes() throws IllegalAccessException {
		List<String> codes = new ArrayList<>();
		for (Field field : ErrorCodes.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				codes.add((String) field.get(null));
			}
		}
		return codes;
	}

}
