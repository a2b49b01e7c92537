package dev.betterauth.core.token;

import java.time.Instant;

import javax.sql.DataSource;

import dev.betterauth.core.jdbc.QuotedSql;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link RefreshLeaseStore} on the {@code better_auth_refresh_lease} table, one
 * auto-committed statement per step: an {@code INSERT} takes a free lease (the primary
 * key lets only one caller in), an {@code UPDATE ... WHERE expiresAt < now} takes over an
 * expired one.
 */
@Repository
public class JdbcRefreshLeaseStore implements RefreshLeaseStore {

	private final JdbcClient jdbc;

	private final QuotedSql sql;

	public JdbcRefreshLeaseStore(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		this.jdbc = JdbcClient.create(template);
		this.sql = new QuotedSql(template);
	}

	@Override
	public boolean tryAcquire(String accountId, String holder, Instant now, Instant expiresAt) {
		try {
			this.jdbc.sql(this.sql
				.sql("insert into `better_auth_refresh_lease` (`accountId`, `holder`, `expiresAt`) values (?, ?, ?)"))
				.params(accountId, holder, this.sql.utc(expiresAt))
				.update();
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			// Held by someone: take it over only if that lease has lapsed.
			return this.jdbc
				.sql(this.sql.sql("update `better_auth_refresh_lease` set `holder` = ?, `expiresAt` = ? "
						+ "where `accountId` = ? and `expiresAt` < ?"))
				.params(holder, this.sql.utc(expiresAt), accountId, this.sql.utc(now))
				.update() == 1;
		}
	}

	@Override
	public void release(String accountId, String holder) {
		this.jdbc.sql(this.sql.sql("delete from `better_auth_refresh_lease` where `accountId` = ? and `holder` = ?"))
			.params(accountId, holder)
			.update();
	}

}
