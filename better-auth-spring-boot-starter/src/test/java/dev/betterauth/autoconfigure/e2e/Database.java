package dev.betterauth.autoconfigure.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The databases the end-to-end tests run on. H2 always runs; PostgreSQL and MariaDB run
 * when their servers answer on 127.0.0.1, and must when
 * {@code -Dbetterauth.requireDatabases=true} (CI).
 */
enum Database {

	H2(null, null, null),

	POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/test", "postgres", ""),

	MARIADB("jdbc:mariadb://127.0.0.1:3306/test", "root", "");

	private final String adminUrl;

	private final String user;

	private final String password;

	Database(String adminUrl, String user, String password) {
		this.adminUrl = adminUrl;
		this.user = user;
		this.password = password;
	}

	static boolean required() {
		return Boolean.getBoolean("betterauth.requireDatabases");
	}

	String unavailableReason() {
		if (this.adminUrl == null) {
			return null;
		}
		DriverManager.setLoginTimeout(3);
		try (Connection connection = DriverManager.getConnection(this.adminUrl, this.user, this.password)) {
			return null;
		}
		catch (SQLException ex) {
			return this + " at " + this.adminUrl + " is not reachable (" + ex.getMessage()
					+ "); its tests are skipped. Start it, or run .ci/run, to include them.";
		}
	}

	/**
	 * Creates an empty schema for one test class and returns its Spring datasource
	 * properties.
	 * @param name a name unique to the test class
	 * @return {@code spring.datasource.*} properties
	 */
	Map<String, String> freshSchema(String name) {
		switch (this) {
			case H2:
				return Map.of("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
			case POSTGRESQL:
				execute("drop schema if exists " + name + " cascade", "create schema " + name);
				return Map.of("spring.datasource.url", this.adminUrl + "?currentSchema=" + name,
						"spring.datasource.username", this.user, "spring.datasource.password", this.password);
			default:
				execute("drop database if exists " + name, "create database " + name + " character set utf8mb4");
				return Map.of("spring.datasource.url", this.adminUrl.replace("/test", "/" + name),
						"spring.datasource.username", this.user, "spring.datasource.password", this.password);
		}
	}

	private void execute(String... statements) {
		try (Connection connection = DriverManager.getConnection(this.adminUrl, this.user, this.password);
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare " + this + ": " + ex.getMessage(), ex);
		}
	}

}
