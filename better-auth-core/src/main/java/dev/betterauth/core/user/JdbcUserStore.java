package dev.betterauth.core.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import dev.betterauth.core.jdbc.QuotedSql;

import org.springframework.dao.OptimisticLockingFailureException;
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
	 * The user's columns in the order {@link #read} takes them.
	 * @param alias the {@code user} table's alias in the statement
	 * @return the select list
	 */
	public static String columns(String alias) {
		return String.join(", ", alias + ".`id`", alias + ".`name`", alias + ".`email`", alias + ".`emailVerified`",
				alias + ".`image`", alias + ".`createdAt`", alias + ".`updatedAt`");
	}

	/**
	 * Reads a user selected with {@link #columns}.
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
		return this.jdbc.sql(this.sql.sql("select " + columns("u") + " from `user` u where u.`id` = ?"))
			.param(id)
			.query((rs, row) -> read(rs, 1))
			.optional();
	}

	@Override
	public Optional<User> findByEmail(String email) {
		return this.jdbc.sql(this.sql.sql("select " + columns("u") + " from `user` u where u.`email` = ?"))
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
		Set<User.Field> changes = user.changes();
		if (changes.isEmpty()) {
			return;
		}
		List<String> columns = new ArrayList<>(changes.size());
		List<Object> values = new ArrayList<>(changes.size() + 1);
		for (User.Field field : changes) {
			switch (field) {
				case NAME -> {
					columns.add("`name` = ?");
					values.add(user.getName());
				}
				case EMAIL -> {
					columns.add("`email` = ?");
					values.add(user.getEmail());
				}
				case EMAIL_VERIFIED -> {
					columns.add("`emailVerified` = ?");
					values.add(user.isEmailVerified());
				}
				case IMAGE -> {
					columns.add("`image` = ?");
					values.add(QuotedSql.text(user.getImage()));
				}
				case UPDATED_AT -> {
					columns.add("`updatedAt` = ?");
					values.add(this.sql.utc(user.getUpdatedAt()));
				}
			}
		}
		values.add(user.getId());
		int rows = this.jdbc.sql(this.sql.sql("update `user` set " + String.join(", ", columns) + " where `id` = ?"))
			.params(values)
			.update();
		if (rows != 1) {
			// Deleted since it was read (an unlink, a user deletion): the caller decides
			// on a state that no longer exists.
			throw new OptimisticLockingFailureException("The user " + user.getId() + " no longer exists");
		}
		user.changesWritten();
	}

	@Override
	public void delete(User user) {
		this.jdbc.sql(this.sql.sql("delete from `user` where `id` = ?")).param(user.getId()).update();
	}

}
