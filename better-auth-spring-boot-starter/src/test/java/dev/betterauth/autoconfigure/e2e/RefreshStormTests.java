package dev.betterauth.autoconfigure.e2e;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.betterauth.core.AuthJson;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider that takes its time must not hold the database hostage: with a pool of 5
 * connections, 50 refresh-token and 50 get-access-token calls on one expired account make
 * exactly one refresh grant, and get-session keeps being answered meanwhile, well before
 * the provider answers.
 */
class RefreshStormTests {

	private static final long PROVIDER_DELAY_MILLIS = 2000;

	@Test
	void onH2() throws Exception {
		aSlowRefreshNeitherRepeatsNorStallsOtherRequests(Database.H2);
	}

	@Test
	void onPostgres() throws Exception {
		String unavailable = Database.POSTGRESQL.unavailableReason();
		Assumptions.assumeTrue(unavailable == null || Database.required(), () -> "Skipped: " + unavailable);
		aSlowRefreshNeitherRepeatsNorStallsOtherRequests(Database.POSTGRESQL);
	}

	private void aSlowRefreshNeitherRepeatsNorStallsOtherRequests(Database database) throws Exception {
		FakeProvider provider = AbstractOAuthFlowTests.provider;
		provider.reset();
		Map<String, Object> properties = RunningApp.properties(database, "better_auth_storm", provider);
		properties.put("spring.datasource.hikari.maximum-pool-size", "5");
		try (RunningApp app = new RunningApp(properties)) {
			String cookie = app.signIn(provider);
			String accountId = app.onlyAccountId();
			app.expireAccessTokens();
			provider.enqueue("/mock/token",
					new MockResponse.Builder().code(200)
						.setHeader("Content-Type", "application/json")
						.body("{\"access_token\":\"at-2\",\"refresh_token\":\"rt-2\",\"expires_in\":3600}")
						.headersDelay(PROVIDER_DELAY_MILLIS, TimeUnit.MILLISECONDS)
						.build());
			ExecutorService callers = Executors.newFixedThreadPool(100);
			List<Long> sessionMillis = Collections.synchronizedList(new ArrayList<>());
			try {
				List<Future<HttpResponse<String>>> storm = new ArrayList<>();
				for (int i = 0; i < 100; i++) {
					String path = (i % 2 == 0) ? "/api/auth/refresh-token" : "/api/auth/get-access-token";
					storm.add(callers.submit(() -> app.post(path, cookie, "{\"accountId\":\"" + accountId + "\"}")));
				}
				// While the provider thinks, sessions are read as on every page load.
				long stormEnds = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PROVIDER_DELAY_MILLIS - 200);
				while (System.nanoTime() < stormEnds) {
					long start = System.nanoTime();
					HttpResponse<String> session = app.get("/api/auth/get-session", cookie);
					sessionMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
					assertThat(session.statusCode()).isEqualTo(200);
					assertThat(session.body()).contains("\"user\"");
				}
				for (Future<HttpResponse<String>> answer : storm) {
					HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
					assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
					assertThat(AuthJson.mapper().readTree(response.body()).get("accessToken").asString())
						.isEqualTo("at-2");
				}
			}
			finally {
				callers.shutdownNow();
			}
			List<Long> sorted = new ArrayList<>(sessionMillis);
			Collections.sort(sorted);
			System.out.printf(
					"[better-auth] %s refresh storm: %d refresh grants for 100 calls; %d get-session "
							+ "answers during it, median %d ms, max %d ms (provider delay %d ms, pool 5)%n",
					database, provider.refreshGrants(), sorted.size(), sorted.get(sorted.size() / 2),
					sorted.get(sorted.size() - 1), PROVIDER_DELAY_MILLIS);
			assertThat(provider.refreshGrants()).isEqualTo(1);
			assertThat(sorted).as("get-session answered during the storm").hasSizeGreaterThan(5);
			// Answered without waiting for the provider: a stalled pool would hold it
			// until the refresh ends.
			assertThat(sorted.get(sorted.size() - 1)).isLessThan(PROVIDER_DELAY_MILLIS / 2);
		}
	}

}
