package dev.betterauth.autoconfigure.e2e;

/**
 * The refresh storm on PostgreSQL.
 */
@RequiresDatabase(Database.POSTGRESQL)
class PostgresRefreshStormTests extends AbstractRefreshStormTests {

	@Override
	Database database() {
		return Database.POSTGRESQL;
	}

}
