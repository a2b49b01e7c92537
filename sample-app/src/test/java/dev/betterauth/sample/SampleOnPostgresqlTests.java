package dev.betterauth.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's switch to PostgreSQL works with the sample's jar as shipped: only
 * {@code spring.datasource.*} change, the driver is on the classpath, the schema is
 * migrated, and the whole sign-in runs on it.
 */
@RequiresService(name = "PostgreSQL", port = 5432)
class SampleOnPostgresqlTests extends SampleApplicationTests {

	@DynamicPropertySource
	static void postgresql(DynamicPropertyRegistry registry) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres",
				""); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists sample_app cascade");
			statement.execute("create schema sample_app");
		}
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=sample_app");
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Autowired
	DataSource dataSource;

	@Test
	void theSampleRunsOnPostgreSQL() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).containsIgnoringCase("PostgreSQL");
			try (Statement statement = connection.createStatement()) {
				assertThat(statement.executeQuery("select count(*) from better_auth_schema_history").next()).isTrue();
			}
		}
	}

}
