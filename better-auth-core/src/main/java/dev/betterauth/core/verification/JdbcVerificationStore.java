package dev.betterauth.core.verification;

import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import dev.betterauth.core.jdbc.QuotedSql;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link VerificationStore} in plain JDBC: every operation is one statement in its own
 * auto-committed transaction, which is all a flow's state needs, and cheaper than an ORM
 * session around it (the callback's hot path). {@link #consume} is one {@code DELETE}
 * whose row count decides, so of concurrent callbacks exactly one proceeds;
 * {@link #consumeByIdentifier} finds and deletes in that one statement where the database
 * returns deleted rows (PostgreSQL and MariaDB 10.5+ {@code RETURNING}, H2's
 * {@code OLD TABLE}), and falls back to a select and that delete elsewhere (MySQL). Not a
 * {@code @Repository}: {@link JdbcClient} already translates SQL exceptions, and a proxy
 * around the hot path would add nothing but its cost.
 */
public class JdbcVerificationStore implements VerificationStore {

	private final JdbcClient jdbc;

	private final QuotedSql sql;

	/** {@link #consumeByIdentifier}'s statement once known; empty where there is none. */
	private volatile @Nullable String consumeStatement;

	public JdbcVerificationStore(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		this.jdbc = JdbcClient.create(template);
		this.sql = new QuotedSql(template);
	}

	@Override
	public void insert(Verification verification) {
		this.jdbc
			.sql(this.sql.sql("insert into `verification` (`id`, `identifier`, `value`, `expiresAt`, `createdAt`, "
					+ "`updatedAt`) values (?, ?, ?, ?, ?, ?)"))
			.params(verification.getId(), verification.getIdentifier(), verification.getValue(),
					this.sql.utc(verification.getExpiresAt()), this.sql.utc(verification.getCreatedAt()),
					this.sql.utc(verification.getUpdatedAt()))
			.update();
	}

	@Override
	public Optional<Verification> findByIdentifier(String identifier) {
		return this.jdbc
			.sql(this.sql.sql("select `id`, `identifier`, `value`, `expiresAt`, `createdAt`, `updatedAt` "
					+ "from `verification` where `identifier` = ?"))
			.param(identifier)
			.query((rs, row) -> new Verification(rs.getString(1), rs.getString(2), rs.getString(3),
					QuotedSql.instant(rs, 4), QuotedSql.instant(rs, 5), QuotedSql.instant(rs, 6)))
			.optional();
	}

	@Override
	public boolean consume(Verification verification) {
		return this.jdbc.sql(this.sql.sql("delete from `verification` where `id` = ?"))
			.param(verification.getId())
			.update() == 1;
	}

	@Override
	public Optional<Verification> consumeByIdentifier(String identifier) {
		String sql = this.consumeStatement;
		if (sql == null) {
			// The database's own form, worked out once: the callback runs it every time.
			String returning = this.sql.deleteReturning("delete from `verification` where `identifier` = ?",
					"`id`, `identifier`, `value`, `expiresAt`, `createdAt`, `updatedAt`");
			sql = (returning != null) ? returning : "";
			this.consumeStatement = sql;
		}
		if (sql.isEmpty()) {
			return VerificationStore.super.consumeByIdentifier(identifier);
		}
		return this.jdbc.sql(sql)
			.param(identifier)
			.query((rs, row) -> new Verification(rs.getString(1), rs.getString(2), rs.getString(3),
					QuotedSql.instant(rs, 4), QuotedSql.instant(rs, 5), QuotedSql.instant(rs, 6)))
			.list()
			.stream()
			.findFirst();
	}

	@Override
	public int deleteExpired(Instant now) {
		return this.jdbc.sql(this.sql.sql("delete from `verification` where `expiresAt` < ?"))
			.param(this.sql.utc(now))
			.update();
	}

}
