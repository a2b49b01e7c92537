package dev.betterauth.autoconfigure.e2e;

/**
 * The refresh storm on H2.
 */
class H2RefreshStormTests extends AbstractRefreshStormTests {

	@Override
	Database database() {
		return Database.H2;
	}

}
