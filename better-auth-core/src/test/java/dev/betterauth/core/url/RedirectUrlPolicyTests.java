package dev.betterauth.core.url;

import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedirectUrlPolicyTests {

	private final RedirectUrlPolicy policy = new RedirectUrlPolicy(
			List.of("http://localhost:8080", "https://app.example.com", "https://*.trusted.example"));

	@ParameterizedTest
	@ValueSource(strings = { "/", "/dashboard", "/dashboard?tab=1&next=%2Fhome", "/a/b#section", "/a%20b",
			"http://localhost:8080/after", "https://app.example.com", "https://APP.example.com/x",
			"https://app.example.com:443/x", "https://eu.trusted.example/x", "https://a.b.trusted.example/",
			"/./dashboard", "/a/../b", "/a/./b/" })
	void allows(String url) {
		assertThat(this.policy.isAllowed(url)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example", "//evil.example/path", "/\\evil.example", "/\\/evil.example",
			"\\\\evil.example", "/%2F%2Fevil.example", "/%2f%2fevil.example", "/%5Cevil.example",
			"/%252F%252Fevil.example", "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x",
			"https://evil.example", "https://app.example.com.evil.example", "https://app.example.com@evil.example",
			"https://user:pass@app.example.com/", "http://app.example.com", "https://app.example.com:8443",
			"http://localhost:8081", "https://trusted.example", "https://eviltrusted.example", "/ spaces", "/tab\there",
			"/line\nbreak", "", "dashboard", "../up", "https:/app.example.com", "https://", "/.//evil.example",
			"/.%2F%2Fevil.example", "/./%2Fevil.example", "/a/..//evil.example", "/../..//evil.example",
			"/%2E//evil.example", "https://аpp.example.com/", "https://app.exämple.com/", "https://app.example.com./",
			"https://eu.trusted.example./x" })
	void refuses(String url) {
		assertThat(this.policy.isAllowed(url)).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "/a/b/../c, /a/c", "/./a, /a", "/.//evil, //evil", "/a/..//evil, //evil", "/../x, /x", "/a/., /a/",
			"/a/b/.., /a/" })
	void resolvesDotSegmentsAsABrowserWould(String path, String resolved) {
		assertThat(RedirectUrlPolicy.removeDotSegments(path)).isEqualTo(resolved);
	}

	@ParameterizedTest
	@ValueSource(strings = { "not a url", "app.example.com", "ftp:" })
	void malformedTrustedOriginsAreRejected(String origin) {
		Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new RedirectUrlPolicy(List.of(origin)));
	}

	@Test
	void originDropsDefaultPortsAndPaths() {
		assertThat(TrustedOrigins.originOf("https://App.Example.com:443/x")).isEqualTo("https://app.example.com");
		assertThat(TrustedOrigins.originOf("http://localhost:8080/")).isEqualTo("http://localhost:8080");
	}

}
