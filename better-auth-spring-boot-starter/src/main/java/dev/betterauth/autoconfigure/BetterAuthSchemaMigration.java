package dev.betterauth.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.InitializingBean;

/**
 * Runs Better Auth's migrations for the database at hand from
 * {@code classpath:db/better-auth/{h2,postgresql,mysql}}. A non-empty schema without
 * Better Auth's history table is baselined at version 0, so the tables are still created
 * next to the application's.
 */
public class BetterAuthSchemaMigration implements InitializingBean {

	private final DataSource dataSource;

	private final String historyTable;

	BetterAuthSchemaMigration(DataSource dataSource, String historyTable) {
		this.dataSource = dataSource;
		this.historyTable = historyTable;
	}

	@Override
	public void afterPropertiesSet() {
		Flyway.configure(BetterAuthSchemaMigration.class.getClassLoader())
			.dataSource(this.dataSource)
			.locations("classpath:db/better-auth/" + vendor())
			.table(this.historyTable)
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
	}

	String vendor() {
		String product;
		try (Connection connection = this.dataSource.getConnection()) {
			product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Better Auth could not read the database product name", ex);
		}
		if (product.contains("h2")) {
			return "h2";
		}
		if (product.contains("postgres")) {
			return "postgresql";
		}
		if (product.contains("mariadb") || product.contains("mysql")) {
			return "mysql";
		}
		throw new IllegalStateException("Better Auth ships migrations for H2, PostgreSQL and MariaDB/MySQL, not for '"
				+ product + "'. Create the tables yourself (docs/schema.md lists the tables) and set "
				+ "better-auth.schema.migrate=false.");
	}

}
