package dev.betterauth.core.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import javax.sql.DataSource;

import dev.betterauth.core.jdbc.QuotedSql;
import dev.betterauth.core.user.JdbcUserStore;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link SessionStore} in plain JDBC: each operation is one statement, joining the
 * caller's transaction where there is one. The hot read ({@code get-session}, every page
 * load) needs none. Not a {@code @Repository}: {@link JdbcClient} already translates SQL
 * exceptions.
 */
public class JdbcSessionStore implements SessionStore {

	private static final String SELECT_WITH_USER = "select s.`id`, s.`token`, s.`expiresAt`, s.`createdAt`, "
			+ "s.`updatedAt`, s.`ipAddress`, s.`userAgent`, " + JdbcUserStore.COLUMNS
			+ " from `session` s join `user` u on u.`id` = s.`userId` ";

	private static final String FIND_BY_TOKEN = SELECT_WITH_USER + "where s.`token` = ?";

	private static final String FIND_BY_USER = SELECT_WITH_USER
			+ "where s.`userId` = ? and s.`expiresAt` > ? order by s.`createdAt`, s.`id`";

	private final JdbcClient jdbc;

	private final QuotedSql sql;

	public JdbcSessionStore(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		this.jdbc = JdbcClient.create(template);
		this.sql = new QuotedSql(template);
	}

	@Override
	public Optional<SessionRecord> findByToken(String token) {
		return this.jdbc.sql(this.sql.sql(FIND_BY_TOKEN)).param(token).query(JdbcSessionStore::toRecord).optional();
	}

	@Override
	public List<SessionRecord> findLiveByUserId(String userId, Instant now) {
		return this.jdbc.sql(this.sql.sql(FIND_BY_USER))
			.params(userId, this.sql.utc(now))
			.query(JdbcSessionStore::toRecord)
			.list();
	}

	@Override
	public void delete(SessionRecord session) {
		this.jdbc.sql(this.sql.sql("delete from `session` where `id` = ?")).param(session.id()).update();
	}

	private static SessionRecord toRecord(ResultSet rs, int row) throws SQLException {
		return new SessionRecord(rs.getString(1), rs.getString(2), QuotedSql.instant(rs, 3), QuotedSql.instant(rs, 4),
				QuotedSql.instant(rs, 5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
				rs.getString(10), rs.getBoolean(11), rs.getString(12), QuotedSql.instant(rs, 13),
				QuotedSql.instant(rs, 14));
	}

	@Override
	public OptionalLong countLive(Instant now) {
		return OptionalLong.of(this.jdbc.sql(this.sql.sql("select count(*) from `session` where `expiresAt` > ?"))
			.param(this.sql.utc(now))
			.query(Long.class)
			.single());
	}

	@Override
	public void insert(Session session) {
		this.jdbc
			.sql(this.sql.sql("insert into `session` (`id`, `expiresAt`, `token`, `createdAt`, `updatedAt`, "
					+ "`ipAddress`, `userAgent`, `userId`) values (?, ?, ?, ?, ?, ?, ?, ?)"))
			.params(session.getId(), this.sql.utc(session.getExpiresAt()), session.getToken(),
					this.sql.utc(session.getCreatedAt()), this.sql.utc(session.getUpdatedAt()),
					QuotedSql.text(session.getIpAddress()), QuotedSql.text(session.getUserAgent()),
					session.getUser().getId())
			.update();
	}

	@Override
	public void extend(SessionRecord session, Instant updatedAt, Instant expiresAt) {
		this.jdbc.sql(this.sql.sql("update `session` set `updatedAt` = ?, `expiresAt` = ? where `id` = ?"))
			.params(this.sql.utc(updatedAt), this.sql.utc(expiresAt), session.id())
			.update();
	}

	@Override
	public boolean isLive(String sessionId, String userId, Instant now) {
		return this.jdbc.sql(this.sql.sql("select `userId` from `session` where `id` = ? and `expiresAt` > ?"))
			.params(sessionId, this.sql.utc(now))
			.query(String.class)
			.optional()
			.filter(userId::equals)
			.isPresent();
	}

	@Override
	public void deleteByToken(String token) {
		this.jdbc.sql(this.sql.sql("delete from `session` where `token` = ?")).param(token).update();
	}

}
