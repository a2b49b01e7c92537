package dev.betterauth.autoconfigure.e2e;

import org.junit.jupiter.api.Test;

/**
 * Two application instances share one PostgreSQL database: concurrent get-access-token
 * and refresh-token calls on both, for one expired account, make exactly one refresh
 * request at the provider. The lease in the database, not an in-memory lock, decides.
 */
@RequiresDatabase(Database.POSTGRESQL)
class TwoInstancesTokenRefreshTests {

	@Test
	void concurrentCallsOnTwoInstancesCauseOneRefresh() throws Exception {
		FakeProvider provider = AbstractOAuthFlowTests.provider;
		provider.reset();
		var properties = RunningApp.properties(Database.POSTGRESQL, "better_auth_two", provider);
		try (RunningApp first = new RunningApp(properties); RunningApp second = new RunningApp(properties)) {
			String cookie = first.signIn(provider);
			RunningApp.assertOneRefresh(first, second, provider, cookie, 50,
					(i) -> (i % 4 < 2) ? "/api/auth/get-access-token" : "/api/auth/refresh-token");
		}
	}

}
