package dev.betterauth.autoconfigure.e2e;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The end-to-end suite on MariaDB (127.0.0.1:3306), in a fresh database.
 */
@RequiresDatabase(Database.MARIADB)
class MariaDbOAuthFlowTests extends AbstractOAuthFlowTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Database.MARIADB.freshSchema("better_auth_e2e").forEach((name, value) -> registry.add(name, () -> value));
	}

	@Test
	void runsOnMariaDB() throws Exception {
		Assertions.assertThat(databaseProduct()).isEqualTo("MariaDB");
	}

}
