package dev.betterauth.autoconfigure.e2e;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The end-to-end suite on PostgreSQL (127.0.0.1:5432, database {@code test}), in a fresh
 * schema.
 */
@RequiresDatabase(Database.POSTGRESQL)
class PostgresOAuthFlowTests extends AbstractOAuthFlowTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Database.POSTGRESQL.freshSchema("better_auth_e2e").forEach((name, value) -> registry.add(name, () -> value));
	}

	@Test
	void runsOnPostgreSql() throws Exception {
		Assertions.assertThat(databaseProduct()).isEqualTo("PostgreSQL");
	}

}
