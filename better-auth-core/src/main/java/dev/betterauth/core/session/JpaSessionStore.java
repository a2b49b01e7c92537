package dev.betterauth.core.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import javax.sql.DataSource;

import dev.betterauth.core.jdbc.QuotedSql;
import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link SessionStore} on JPA.
 */
@Repository
public class JpaSessionStore implements SessionStore {

	private static final String FIND_BY_TOKEN = "select s.`id`, s.`token`, s.`expiresAt`, s.`createdAt`, "
			+ "s.`updatedAt`, s.`ipAddress`, s.`userAgent`, u.`id`, u.`name`, u.`email`, u.`emailVerified`, u.`image`, "
			+ "u.`createdAt`, u.`updatedAt` from `session` s join `user` u on u.`id` = s.`userId` where s.`token` = ?";

	private static final String FIND_BY_USER = "select s.`id`, s.`token`, s.`expiresAt`, s.`createdAt`, "
			+ "s.`updatedAt`, s.`ipAddress`, s.`userAgent`, u.`id`, u.`name`, u.`email`, u.`emailVerified`, u.`image`, "
			+ "u.`createdAt`, u.`updatedAt` from `session` s join `user` u on u.`id` = s.`userId` "
			+ "where s.`userId` = ? and s.`expiresAt` > ? order by s.`createdAt`, s.`id`";

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final QuotedSql sql;

	/**
	 * @param entityManager writes go through JPA
	 * @param dataSource the hot read ({@code get-session}, every page load) is one plain
	 * JDBC statement: an ORM session around it cost more than the query itself
	 */
	public JpaSessionStore(EntityManager entityManager, DataSource dataSource) {
		this.entityManager = entityManager;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		this.jdbc = JdbcClient.create(template);
		this.sql = new QuotedSql(template);
	}

	@Override
	public Optional<SessionRecord> findByToken(String token) {
		return this.jdbc.sql(this.sql.sql(FIND_BY_TOKEN)).param(token).query(JpaSessionStore::toRecord).optional();
	}

	@Override
	public List<SessionRecord> findLiveByUserId(String userId, Instant now) {
		return this.jdbc.sql(this.sql.sql(FIND_BY_USER))
			.params(userId, this.sql.utc(now))
			.query(JpaSessionStore::toRecord)
			.list();
	}

	@Override
	public void delete(SessionRecord session) {
		this.entityManager.createQuery("delete from BetterAuthSession s where s.id = :id")
			.setParameter("id", session.id())
			.executeUpdate();
	}

	private static SessionRecord toRecord(ResultSet rs, int row) throws SQLException {
		return new SessionRecord(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4), instant(rs, 5),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getBoolean(11),
				rs.getString(12), instant(rs, 13), instant(rs, 14));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return QuotedSql.instant(rs, column);
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
		this.entityManager.persist(session);
	}

	@Override
	public void extend(SessionRecord session, Instant updatedAt, Instant expiresAt) {
		this.entityManager
			.createQuery("update BetterAuthSession s set s.updatedAt = :updatedAt, s.expiresAt = :expiresAt "
					+ "where s.id = :id")
			.setParameter("updatedAt", updatedAt)
			.setParameter("expiresAt", expiresAt)
			.setParameter("id", session.id())
			.executeUpdate();
	}

	@Override
	public boolean isLive(String sessionId, String userId, Instant now) {
		return this.entityManager
			.createQuery("select s.user.id from BetterAuthSession s where s.id = :id and s.expiresAt > :now",
					String.class)
			.setParameter("id", sessionId)
			.setParameter("now", now)
			.getResultStream()
			.findFirst()
			.filter(userId::equals)
			.isPresent();
	}

	@Override
	public void deleteByToken(String token) {
		this.entityManager.createQuery("delete from BetterAuthSession s where s.token = :token")
			.setParameter("token", token)
			.executeUpdate();
	}

}
