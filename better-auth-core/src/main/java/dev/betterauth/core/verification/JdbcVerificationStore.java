package dev.betterauth.core.verification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import dev.betterauth.core.jdbc.QuotedSql;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link VerificationStore} in plain JDBC: every operation is one statement in its own
 * auto-committed transaction, which is all a flow's state needs, and cheaper than an ORM
 * session around it (the callback's hot path). {@link #consume} is one {@code DELETE}
 * whose row count decides, so of concurrent callbacks exactly one proceeds.
 */
public class JdbcVerificationStore implements VerificationStore {

	private final JdbcTemplate jdbc;

	private final QuotedSql sql;

	public JdbcVerificationStore(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.sql = new QuotedSql(this.jdbc);
	}

	@Override
	public void insert(Verification verification) {
		this.jdbc.update(this.sql.sql("insert into `verification` (`id`, `identifier`, `value`, `expiresAt`, "
				+ "`createdAt`, `updatedAt`) values (?, ?, ?, ?, ?, ?)"), (statement) -> {
					statement.setString(1, verification.getId());
					statement.setString(2, verification.getIdentifier());
					statement.setString(3, verification.getValue());
					QuotedSql.setInstant(statement, 4, verification.getExpiresAt());
					QuotedSql.setInstant(statement, 5, verification.getCreatedAt());
					QuotedSql.setInstant(statement, 6, verification.getUpdatedAt());
				});
	}

	@Override
	public Optional<Verification> findByIdentifier(String identifier) {
		List<Verification> found = this.jdbc.query(
				this.sql.sql("select `id`, `identifier`, `value`, `expiresAt`, `createdAt`, `updatedAt` "
						+ "from `verification` where `identifier` = ?"),
				(rs, row) -> new Verification(rs.getString(1), rs.getString(2), rs.getString(3),
						QuotedSql.instant(rs, 4), QuotedSql.instant(rs, 5), QuotedSql.instant(rs, 6)),
				identifier);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	@Override
	public boolean consume(String id) {
		return this.jdbc.update(this.sql.sql("delete from `verification` where `id` = ?"), id) == 1;
	}

	@Override
	public int deleteExpired(Instant now) {
		return this.jdbc.update(this.sql.sql("delete from `verification` where `expiresAt` < ?"),
				(statement) -> QuotedSql.setInstant(statement, 1, now));
	}

}
