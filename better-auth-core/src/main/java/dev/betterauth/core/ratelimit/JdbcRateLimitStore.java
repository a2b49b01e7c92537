package dev.betterauth.core.ratelimit;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import javax.sql.DataSource;

import dev.betterauth.core.crypto.RandomStrings;
import dev.betterauth.core.jdbc.QuotedSql;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link RateLimitStore} on Better Auth's {@code rateLimit} table ({@code key},
 * {@code count}, {@code lastRequest} in epoch milliseconds), so every instance, and a
 * Node Better Auth on the same database, counts together. Unlike Better Auth's
 * read-then-write, each decision is a conditional {@code UPDATE} that only one of
 * concurrent requests can win: the common case is one statement.
 */
@Repository
public class JdbcRateLimitStore implements RateLimitStore {

	private final JdbcClient jdbc;

	private final QuotedSql sql;

	public JdbcRateLimitStore(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		this.jdbc = JdbcClient.create(template);
		this.sql = new QuotedSql(template);
	}

	@Override
	public OptionalLong tryAcquire(String key, RateLimitRule rule, Instant now) {
		long nowMillis = now.toEpochMilli();
		long windowStart = nowMillis - rule.window().toMillis();
		for (int attempt = 0; attempt < 3; attempt++) {
			// Within the window and under the limit: count it.
			if (update("set `count` = `count` + 1, `lastRequest` = ? where `key` = ? and `lastRequest` >= ? "
					+ "and `count` < ?", nowMillis, key, windowStart, rule.max())) {
				return OptionalLong.empty();
			}
			// A whole window since the last request: start again.
			if (update("set `count` = 1, `lastRequest` = ? where `key` = ? and `lastRequest` < ?", nowMillis, key,
					windowStart)) {
				return OptionalLong.empty();
			}
			List<Long> last = this.jdbc.sql(this.sql.sql("select `lastRequest` from `rateLimit` where `key` = ?"))
				.param(key)
				.query(Long.class)
				.list();
			if (!last.isEmpty()) {
				return OptionalLong.of(Math.max(0, last.get(0) + rule.window().toMillis() - nowMillis));
			}
			try {
				this.jdbc
					.sql(this.sql
						.sql("insert into `rateLimit` (`id`, `key`, `count`, `lastRequest`) values (?, ?, 1, ?)"))
					.params(RandomStrings.id(), key, nowMillis)
					.update();
				return OptionalLong.empty();
			}
			catch (DataIntegrityViolationException ex) {
				// Another request created the row first: decide again against it.
			}
		}
		return OptionalLong.empty();
	}

	private boolean update(String setAndWhere, Object... params) {
		return this.jdbc.sql(this.sql.sql("update `rateLimit` " + setAndWhere)).params(params).update() == 1;
	}

}
