package dev.betterauth.core.flow;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OAuthStateTests {

	@Test
	void hidesThePkceVerifier() {
		OAuthState state = new OAuthState("/done", "v3rifier-0123456789abcdefghijklmnop", null, null, 0L, "github",
				"st4te", "n0nce", null, List.of("email"), null);
		assertThat(state.toString()).contains("github").doesNotContain("v3rifier-0123456789abcdefghijklmnop");
	}

}
