package dev.betterauth.autoconfigure.e2e;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.betterauth.core.AuthJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one PostgreSQL and one Redis, as a fleet runs: a flow
 * started on one finishes on the other; a sign-out on one is seen by the other at once
 * (and, with the cookie cache, within its max-age); rate-limit counters are shared; and
 * concurrent token calls on both refresh once.
 */
@RequiresDatabase(Database.POSTGRESQL)
@RequiresRedis
class TwoInstancesRedisTests {

	private final String prefix = "ba-fleet-" + UUID.randomUUID().toString().substring(0, 8) + ":";

	private Map<String, Object> properties(String schema) {
		Map<String, Object> properties = RunningApp.properties(Database.POSTGRESQL, schema,
				AbstractOAuthFlowTests.provider);
		properties.put("better-auth.secondary-storage", "redis");
		properties.put("better-auth.redis.key-prefix", this.prefix);
		return properties;
	}

	@Test
	void aFlowStartedOnOneInstanceFinishesOnTheOtherAndSignOutIsSeenAtOnce() throws Exception {
		FakeProvider provider = AbstractOAuthFlowTests.provider;
		provider.reset();
		Map<String, Object> properties = properties("better_auth_fleet");
		try (RunningApp first = new RunningApp(properties); RunningApp second = new RunningApp(properties)) {
			HttpResponse<String> start = first.post("/api/auth/sign-in/social", null, "{\"provider\":\"mock\"}");
			String state = AbstractOAuthFlowTests
				.query(URI.create(AuthJson.mapper().readTree(start.body()).get("url").asString()))
				.get("state");
			provider.enqueueJson("/mock/token", 200, "{\"access_token\":\"at-1\",\"expires_in\":3600}");
			provider.enqueueJson("/mock/userinfo", 200,
					"{\"sub\":\"u-1\",\"email\":\"jane@example.com\",\"email_verified\":true}");
			HttpResponse<String> callback = second.get("/api/auth/callback/mock?code=c&state=" + state,
					RunningApp.cookie(start, "better-auth.state"));
			String cookie = RunningApp.cookie(callback, "better-auth.session_token");
			assertThat(cookie).isNotNull();
			assertThat(first.get("/api/auth/get-session", cookie).body()).contains("jane@example.com");
			// The state is gone for both.
			HttpResponse<String> replay = first.get("/api/auth/callback/mock?code=c&state=" + state,
					RunningApp.cookie(start, "better-auth.state"));
			assertThat(replay.headers().firstValue("Location").orElse("")).contains("error=");

			assertThat(second.post("/api/auth/sign-out", cookie, "{}").statusCode()).isEqualTo(200);
			assertThat(first.get("/api/auth/get-session", cookie).body()).isEqualTo("null");
		}
	}

	@Test
	void withTheCookieCacheASignOutReachesOtherDevicesWithinMaxAge() throws Exception {
		FakeProvider provider = AbstractOAuthFlowTests.provider;
		provider.reset();
		Map<String, Object> properties = properties("better_auth_fleet_cache");
		properties.put("better-auth.session.cookie-cache.enabled", "true");
		properties.put("better-auth.session.cookie-cache.max-age", "2s");
		try (RunningApp first = new RunningApp(properties); RunningApp second = new RunningApp(properties)) {
			HttpResponse<String> callback = first.signInResponse(provider);
			String session = RunningApp.cookie(callback, "better-auth.session_token");
			String otherDevice = session + "; " + RunningApp.cookie(callback, "better-auth.session_data");
			// Signed out on one device (no cache cookie there).
			assertThat(second.post("/api/auth/sign-out", session, "{}").statusCode()).isEqualTo(200);
			// The device holding a cache cookie is still answered from it...
			assertThat(first.get("/api/auth/get-session", otherDevice).body()).contains("jane@example.com");
			// ...until the cookie's max-age passes.
			TimeUnit.MILLISECONDS.sleep(2100);
			assertThat(first.get("/api/auth/get-session", otherDevice).body()).isEqualTo("null");
		}
	}

	@Test
	void rateLimitCountersAreSharedByTheFleet() throws Exception {
		Map<String, Object> properties = properties("better_auth_fleet_limit");
		properties.put("better-auth.rate-limit.enabled", "true");
		properties.put("better-auth.rate-limit.custom-rules[/ok].window", "60s");
		properties.put("better-auth.rate-limit.custom-rules[/ok].max", "4");
		try (RunningApp first = new RunningApp(properties); RunningApp second = new RunningApp(properties)) {
			for (int i = 0; i < 4; i++) {
				assertThat(((i % 2 == 0) ? first : second).get("/api/auth/ok", null).statusCode()).isEqualTo(200);
			}
			assertThat(first.get("/api/auth/ok", null).statusCode()).isEqualTo(429);
			assertThat(second.get("/api/auth/ok", null).statusCode()).isEqualTo(429);
		}
	}

	@Test
	void concurrentTokenCallsOnBothInstancesRefreshOnce() throws Exception {
		FakeProvider provider = AbstractOAuthFlowTests.provider;
		provider.reset();
		Map<String, Object> properties = properties("better_auth_fleet_refresh");
		try (RunningApp first = new RunningApp(properties); RunningApp second = new RunningApp(properties)) {
			String cookie = first.signIn(provider);
			RunningApp.assertOneRefresh(first, second, provider, cookie, 20, (i) -> "/api/auth/get-access-token");
		}
	}

}
