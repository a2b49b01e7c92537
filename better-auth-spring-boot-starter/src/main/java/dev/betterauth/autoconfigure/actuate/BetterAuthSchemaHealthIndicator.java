package dev.betterauth.autoconfigure.actuate;

import java.util.List;

import javax.sql.DataSource;

import dev.betterauth.core.jdbc.QuotedSql;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether Better Auth's tables are there: DOWN, naming the first missing one, when the
 * schema was not migrated (or was dropped).
 */
final class BetterAuthSchemaHealthIndicator extends AbstractHealthIndicator {

	static final List<String> TABLES = List.of("user", "session", "account", "verification");

	private final JdbcTemplate jdbc;

	private final QuotedSql sql;

	BetterAuthSchemaHealthIndicator(DataSource dataSource) {
		super("Better Auth's schema could not be checked");
		this.jdbc = new JdbcTemplate(dataSource);
		this.sql = new QuotedSql(this.jdbc);
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		for (String table : TABLES) {
			try {
				this.jdbc.queryForObject(this.sql.sql("select count(*) from `" + table + "` where 1 = 0"), Long.class);
			}
			catch (RuntimeException ex) {
				builder.down().withDetail("missingTable", table).withDetail("error", ex.getClass().getSimpleName());
				return;
			}
		}
		builder.up().withDetail("tables", TABLES);
	}

}
