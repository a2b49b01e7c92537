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
 * The README's switch to MariaDB works with the sample's jar as shipped: only
 * {@code spring.datasource.*} change, the driver is on the classpath, the schema is
 * migrated, and the whole sign-in runs on it.
 */
@RequiresService(name = "MariaDB", port = 3306)
class SampleOnMariaDbTests extends SampleApplicationTests {

	@DynamicPropertySource
	static void mariadb(DynamicPropertyRegistry registry) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test", "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists sample_app");
			statement.execute("create database sample_app character set utf8mb4");
		}
		registry.add("spring.datasource.url", () -> "jdbc:mariadb://127.0.0.1:3306/sample_app");
		registry.add("spring.datasource.username", () -> "root");
		registry.add("spring.datasource.password", () -> "");
	}

	@Autowired
	DataSource dataSource;

	@Test
	void theSampleRunsOnMariaDB() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).containsIgnoringCase("MariaDB");
			try (Statement statement = connection.createStatement()) {
				assertThat(statement.executeQuery("select count(*) from better_auth_schema_history").next()).isTrue();
			}
		}
	}

}
