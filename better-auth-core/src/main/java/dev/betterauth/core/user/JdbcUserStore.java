package dev.betterauth.core.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import dev.betterauth.core.jdbc.QuotedSql;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link UserStore} in plain JDBC: each operation is one statement, joining the caller's
 * transaction. An update writes only the columns the setters changed, so two requests
 * that change different fields of one user at once both keep their change.
 */
public class JdbcUserStore implements UserStore {

	private final JdbcClient jdbc;

	private final QuotedSql sql;

	public JdbcUserStore(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		this.jdbc = JdbcClient.create(template);
		this.sql = new QuotedSql(template);
	}

	/**
	 * The user's columns, table alias {@code u}, in the order {@link #read} takes them.
	 */
	public static final String COLUMNS = "u.`id`, u.`name`, u.`email`, u.`emailVerified`, u.`image`, u.`createdAt`, "
			+ "u.`updatedAt`";

	private static final String FIND_BY_ID = "select " + COLUMNS + " from `user` u where u.`id` = ?";

	private static final String FIND_BY_EMAIL = "select " + COLUMNS + " from `user` u where u.`email` = ?";

	/**
	 * Reads a user selected with {@link #COLUMNS}.
	 * @param rs the row
	 * @param first the index of the user's first column
	 * @return the user, with nothing changed
	 * @throws SQLException if a column cannot be read
	 */
	public static User read(ResultSet rs, int first) throws SQLException {
		return new User(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2), rs.getBoolean(first + 3),
				rs.getString(first + 4), QuotedSql.instant(rs, first + 5), QuotedSql.instant(rs, first + 6));
	}

	@Override
	public Optional<User> findById(String id) {
		return this.jdbc.sql(this.sql.sql(FIND_BY_ID)).param(id).query((rs, row) -> read(rs, 1)).optional();
	}

	@Override
	public Optional<User> findByEmail(String email) {
		return this.jdbc.sql(this.sql.sql(FIND_BY_EMAIL))
			.param(email.toLowerCase(Locale.ROOT))
			.query((rs, row) -> read(rs, 1))
			.optional();
	}

	@Override
	public void insert(User user) {
		this.jdbc
			.sql(this.sql.sql("insert into `user` (`id`, `name`, `email`, `emailVerified`, `image`, `createdAt`, "
					+ "`updatedAt`) values (?, ?, ?, ?, ?, ?, ?)"))
			.params(user.getId(), user.getName(), user.getEmail(), user.isEmailVerified(),
					QuotedSql.text(user.getImage()), this.sql.utc(user.getCreatedAt()),
					this.sql.utc(user.getUpdatedAt()))
			.update();
		user.changesWritten();
	}

	@Override
	public void update(User user) {
		if (user.changes().isEmpty()) {
			return;
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (User.Field field : user.changes()) {
			values.put(field.column(), switch (field) {
				case NAME -> user.getName();
				case EMAIL -> user.getEmail();
				case EMAIL_VERIFIED -> user.isEmailVerified();
				case IMAGE -> QuotedSql.text(user.getImage());
				case UPDATED_AT -> this.sql.utc(user.getUpdatedAt());
			});
		}
		this.sql.updateColumns(this.jdbc, "user", user.getId(), values);
		user.changesWritten();
	}

	@Override
	public void delete(User user) {
		this.jdbc.sql(this.sql.sql("delete from `user` where `id` = ?")).param(user.getId()).update();
	}

}
