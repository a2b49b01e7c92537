package dev.betterauth.core.jdbc;

import dev.betterauth.core.jdbc.QuotedSql.Returning;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedSqlTests {

	@Test
	void deletedRowsAreReturnedWhereTheDatabaseCanAndNowhereElse() {
		assertThat(QuotedSql.returning("PostgreSQL", "16.4", 16, 4)).isEqualTo(Returning.RETURNING);
		assertThat(QuotedSql.returning("H2", "2.3.232", 2, 3)).isEqualTo(Returning.OLD_TABLE);
		assertThat(QuotedSql.returning("MariaDB", "10.11.9-MariaDB", 10, 11)).isEqualTo(Returning.RETURNING);
		assertThat(QuotedSql.returning("MySQL", "5.5.5-10.6.18-MariaDB", 10, 6)).isEqualTo(Returning.RETURNING);
		assertThat(QuotedSql.returning("MariaDB", "10.4.34-MariaDB", 10, 4)).isEqualTo(Returning.NONE);
		assertThat(QuotedSql.returning("MySQL", "8.4.2", 8, 4)).as("MySQL has no DELETE ... RETURNING")
			.isEqualTo(Returning.NONE);
	}

}
