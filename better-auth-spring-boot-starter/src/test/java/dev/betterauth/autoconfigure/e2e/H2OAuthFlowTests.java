package dev.betterauth.autoconfigure.e2e;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The end-to-end suite on H2, the embedded default.
 */
class H2OAuthFlowTests extends AbstractOAuthFlowTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Database.H2.freshSchema("better_auth_e2e").forEach((name, value) -> registry.add(name, () -> value));
	}

	@Test
	void runsOnH2() throws Exception {
		Assertions.assertThat(databaseProduct()).isEqualTo("H2");
	}

}
