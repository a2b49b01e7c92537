package dev.betterauth.core.url;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Origins as Better Auth matches them: exact, wildcard subdomains, custom schemes.
 */
class TrustedOriginsTests {

	private final TrustedOrigins trusted = new TrustedOrigins(
			List.of("https://app.example.com", "http://localhost:8080", "https://*.example.org", "myapp://"));

	@ParameterizedTest
	@ValueSource(strings = { "https://app.example.com", "https://APP.example.com", "https://app.example.com:443",
			"http://localhost:8080", "https://eu.example.org", "https://a.b.example.org", "myapp://",
			"myapp://callback/x", "MyApp://x" })
	void accepts(String origin) {
		assertThat(this.trusted.isTrusted(origin)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "", "http://app.example.com", "https://app.example.com:8443",
			"https://app.example.com.evil.example", "https://evilapp.example.com", "https://example.org",
			"https://evil-example.org", "http://eu.example.org", "http://localhost:8081", "otherapp://",
			"javascript://app.example.com", "https://user@app.example.com", "https://аpp.example.com",
			"https://app.example.com.", "not an origin", "https://" })
	void refuses(String origin) {
		assertThat(this.trusted.isTrusted(origin)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "app.example.com", "https://", "ftp", "myapp://path", "://x", "https:/host" })
	void malformedEntriesAreRejected(String origin) {
		assertThatIllegalArgumentException().isThrownBy(() -> new TrustedOrigins(List.of(origin)));
	}

}
