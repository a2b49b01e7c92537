package dev.betterauth.autoconfigure.e2e;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limiter over HTTP: Better Auth's sign-in rule (3 per 10 s), 429 with
 * {@code X-Retry-After}, and counters in the database shared by two instances.
 */
class RateLimitHttpTests {

	@Test
	void twoInstancesShareDatabaseCountersForSignIn() throws Exception {
		FakeProvider provider = AbstractOAuthFlowTests.provider;
		Map<String, Object> properties = RunningApp.properties(Database.H2, "better_auth_rate_limit", provider);
		properties.put("better-auth.rate-limit.enabled", "true");
		properties.put("better-auth.rate-limit.storage", "database");
		try (RunningApp first = new RunningApp(properties); RunningApp second = new RunningApp(properties)) {
			String body = "{\"provider\":\"mock\"}";
			assertThat(first.post("/api/auth/sign-in/social", null, body).statusCode()).isEqualTo(200);
			assertThat(second.post("/api/auth/sign-in/social", null, body).statusCode()).isEqualTo(200);
			assertThat(first.post("/api/auth/sign-in/social", null, body).statusCode()).isEqualTo(200);
			HttpResponse<String> limited = second.post("/api/auth/sign-in/social", null, body);
			assertThat(limited.statusCode()).isEqualTo(429);
			assertThat(limited.body()).contains("\"code\":\"TOO_MANY_REQUESTS\"");
			assertThat(Integer.parseInt(limited.headers().firstValue("X-Retry-After").orElseThrow())).isBetween(1, 10);
			// Other paths have their own, larger allowance.
			assertThat(first.get("/api/auth/get-session", null).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void memoryCountersAreThisInstancesOwn() throws Exception {
		FakeProvider provider = AbstractOAuthFlowTests.provider;
		Map<String, Object> properties = RunningApp.properties(Database.H2, "better_auth_rate_limit_mem", provider);
		properties.put("better-auth.rate-limit.enabled", "true");
		properties.put("better-auth.rate-limit.custom-rules[/get-session].max", "2");
		try (RunningApp app = new RunningApp(properties)) {
			assertThat(app.get("/api/auth/get-session", null).statusCode()).isEqualTo(200);
			assertThat(app.get("/api/auth/get-session", null).statusCode()).isEqualTo(200);
			assertThat(app.get("/api/auth/get-session", null).statusCode()).isEqualTo(429);
		}
	}

}
