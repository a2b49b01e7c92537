package dev.betterauth.core.cleanup;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import dev.betterauth.core.jdbc.QuotedSql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes expired sessions and verification rows in batches: each round reads at most
 * {@code batchSize} expired ids and deletes them by primary key, one short auto-committed
 * statement each, so no statement touches many rows or holds locks for long. Several
 * instances may run it at once: a row two of them picked is deleted by one, and the other
 * deletes nothing.
 */
public class ExpiredRowsCleanup {

	private static final Logger logger = LoggerFactory.getLogger(ExpiredRowsCleanup.class);

	private static final List<String> TABLES = List.of("session", "verification");

	private final JdbcClient jdbc;

	private final JdbcTemplate limited;

	private final QuotedSql sql;

	private final int batchSize;

	private final int maxBatches;

	private final Clock clock;

	/**
	 * @param dataSource the database
	 * @param batchSize rows per statement
	 * @param maxBatches rounds per table and run, bounding one run's work
	 * @param clock the clock
	 */
	public ExpiredRowsCleanup(DataSource dataSource, int batchSize, int maxBatches, Clock clock) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		this.jdbc = JdbcClient.create(template);
		this.limited = new JdbcTemplate(dataSource);
		this.limited.setMaxRows(batchSize);
		this.sql = new QuotedSql(template);
		this.batchSize = batchSize;
		this.maxBatches = maxBatches;
		this.clock = clock;
	}

	/**
	 * Runs once.
	 * @return how many rows were deleted
	 */
	public int run() {
		Instant now = this.clock.instant();
		int deleted = 0;
		for (String table : TABLES) {
			for (int batch = 0; batch < this.maxBatches; batch++) {
				List<String> ids = this.limited.query(
						this.sql.sql("select `id` from `" + table + "` where `expiresAt` < ? order by `expiresAt`"),
						(statement) -> this.sql.setInstant(statement, 1, now), (rs, row) -> rs.getString(1));
				if (ids.isEmpty()) {
					break;
				}
				String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
				deleted += this.jdbc.sql(this.sql.sql("delete from `" + table + "` where `id` in (" + marks + ")"))
					.params(ids)
					.update();
				if (ids.size() < this.batchSize) {
					break;
				}
			}
		}
		if (deleted > 0) {
			logger.debug("Deleted {} expired sessions and verification rows", deleted);
		}
		return deleted;
	}

}
