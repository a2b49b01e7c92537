package dev.betterauth.core.jdbc;

import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TimeZone;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SQL for Better Auth's quoted camel-case identifiers on any database: statements are
 * written with backticks and rewritten to the driver's own quote character ({@code "} on
 * H2 and PostgreSQL, {@code `} on MariaDB/MySQL) on first use. Timestamps are read and
 * written in UTC, as Hibernate stores {@code Instant}s, also in zone-less columns
 * (MariaDB {@code datetime}).
 */
public final class QuotedSql {

	private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

	private final JdbcTemplate jdbc;

	/** The database's quote character and whether it is H2, read once. */
	private volatile @Nullable Dialect dialect;

	public QuotedSql(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param backticked a statement with identifiers in backticks
	 * @return the statement for this database
	 */
	public String sql(String backticked) {
		char quote = dialect().quote().charAt(0);
		return (quote == '`') ? backticked : backticked.replace('`', quote);
	}

	/**
	 * Writes the given columns of one row, found by its {@code id}: what a store's
	 * column-level update runs.
	 * @param jdbc the client to run it with
	 * @param table the table
	 * @param id the row's id
	 * @param values the columns (unquoted) and their values, in order
	 * @throws OptimisticLockingFailureException if the row no longer exists
	 */
	public void updateColumns(JdbcClient jdbc, String table, String id, Map<String, Object> values) {
		StringJoiner set = new StringJoiner(", ");
		values.keySet().forEach((column) -> set.add("`" + column + "` = ?"));
		List<Object> params = new ArrayList<>(values.values());
		params.add(id);
		int rows = jdbc.sql(sql("update `" + table + "` set " + set + " where `id` = ?")).params(params).update();
		if (rows != 1) {
			// Deleted since it was read (an unlink, a user deletion): the caller decided
			// on
			// a state that no longer exists.
			throw new OptimisticLockingFailureException("The " + table + " " + id + " no longer exists");
		}
	}

	public static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column, Calendar.getInstance(UTC));
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * Binds an instant in UTC.
	 * @param statement the statement
	 * @param index the parameter index
	 * @param instant the instant
	 * @throws SQLException if binding fails
	 */
	public void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
		if (dialect().h2()) {
			// H2 attaches the JVM's zone to a Timestamp bound into a "with time zone"
			// column,
			// whatever the Calendar says: bind the offset explicitly, as Hibernate does.
			statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
			return;
		}
		statement.setTimestamp(index, Timestamp.from(instant), Calendar.getInstance(UTC));
	}

	/**
	 * A statement parameter that writes an instant in UTC, for {@code JdbcClient}.
	 * @param instant the instant, or {@code null}
	 * @return the parameter
	 */
	public SqlTypeValue utc(@Nullable Instant instant) {
		return (statement, index, sqlType, typeName) -> {
			if (instant == null) {
				statement.setNull(index, Types.TIMESTAMP);
			}
			else {
				setInstant(statement, index, instant);
			}
		};
	}

	/**
	 * A text parameter that may be {@code null}, bound with its type: a {@code null}
	 * without one makes the driver ask the database for the parameter's type first.
	 * @param text the text
	 * @return the parameter
	 */
	public static SqlParameterValue text(@Nullable String text) {
		return new SqlParameterValue(Types.VARCHAR, text);
	}

	/**
	 * A {@code DELETE} that returns the rows it deleted, in this database's form.
	 * @param backtickedDelete the delete statement
	 * @param backtickedColumns the columns to return
	 * @return the statement, or {@code null} where the database cannot return deleted
	 * rows (MySQL, MariaDB before 10.5)
	 */
	public @Nullable String deleteReturning(String backtickedDelete, String backtickedColumns) {
		return switch (dialect().returning()) {
			case RETURNING -> sql(backtickedDelete + " returning " + backtickedColumns);
			case OLD_TABLE -> sql("select " + backtickedColumns + " from old table (" + backtickedDelete + ")");
			case NONE -> null;
		};
	}

	private Dialect dialect() {
		Dialect known = this.dialect;
		if (known == null) {
			known = this.jdbc.execute((ConnectionCallback<Dialect>) (connection) -> {
				DatabaseMetaData metaData = connection.getMetaData();
				String product = metaData.getDatabaseProductName();
				return new Dialect(metaData.getIdentifierQuoteString().trim(), "H2".equals(product),
						returning(product, metaData.getDatabaseProductVersion(), metaData.getDatabaseMajorVersion(),
								metaData.getDatabaseMinorVersion()));
			});
			this.dialect = known;
		}
		return known;
	}

	static Returning returning(String product, String version, int major, int minor) {
		if ("PostgreSQL".equals(product)) {
			return Returning.RETURNING;
		}
		if ("H2".equals(product)) {
			return Returning.OLD_TABLE;
		}
		boolean mariaDb = "MariaDB".equals(product) || (version != null && version.contains("MariaDB"));
		// DELETE ... RETURNING arrived in MariaDB 10.0.5; 10.5 is the oldest still
		// supported
		// release checked here.
		if (mariaDb && (major > 10 || (major == 10 && minor >= 5))) {
			return Returning.RETURNING;
		}
		return Returning.NONE;
	}

	/** How a database returns deleted rows. */
	enum Returning {

		RETURNING, OLD_TABLE, NONE

	}

	private record Dialect(String quote, boolean h2, Returning returning) {

	}

}
