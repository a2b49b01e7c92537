package dev.betterauth.autoconfigure.e2e;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.betterauth.core.AuthJson;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
			String accountId = first.onlyAccountId();
			first.expireAccessTokens();
			provider.enqueue("/mock/token",
					new MockResponse.Builder().code(200)
						.setHeader("Content-Type", "application/json")
						.body("{\"access_token\":\"at-2\",\"expires_in\":3600}")
						.headersDelay(500, TimeUnit.MILLISECONDS)
						.build());
			ExecutorService pool = Executors.newFixedThreadPool(50);
			try {
				List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
				for (int i = 0; i < 50; i++) {
					RunningApp app = (i % 2 == 0) ? first : second;
					String path = (i % 4 < 2) ? "/api/auth/get-access-token" : "/api/auth/refresh-token";
					calls.add(() -> app.post(path, cookie, "{\"accountId\":\"" + accountId + "\"}"));
				}
				for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
					assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(200);
					assertThat(AuthJson.mapper().readTree(answer.get().body()).get("accessToken").asString())
						.isEqualTo("at-2");
				}
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(provider.refreshGrants()).isEqualTo(1);
		}
	}

}
