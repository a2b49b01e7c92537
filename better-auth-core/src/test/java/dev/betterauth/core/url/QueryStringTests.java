package dev.betterauth.core.url;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryStringTests {

	@Test
	void startsAQueryOrContinuesTheOneThereIs() {
		assertThat(QueryString.of("https://a.example/cb").add("error", "x").add("n", "1"))
			.hasToString("https://a.example/cb?error=x&n=1");
		assertThat(QueryString.of("https://a.example/cb?from=app").add("error", "x"))
			.hasToString("https://a.example/cb?from=app&error=x");
	}

	@Test
	void encodesNamesAndValues() {
		assertThat(QueryString.of("/e").add("a b", "c&d=é").add("scope", "openid email"))
			.hasToString("/e?a+b=c%26d%3D%C3%A9&scope=openid+email");
	}

}
