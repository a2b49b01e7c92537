package dev.betterauth.autoconfigure.e2e;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.betterauth.core.AuthJson;
import dev.betterauth.core.Timestamps;
import dev.betterauth.core.crypto.CookieSigner;
import dev.betterauth.core.crypto.UriComponent;
import dev.betterauth.core.jdbc.QuotedSql;
import dev.betterauth.core.storage.SecondaryStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis as secondary storage, against a real Redis: Better Auth's key formats byte for
 * byte, their expiries, single use of flow state under concurrency, shared rate-limit
 * counters, sessions kept only in Redis, and sessions written by a Node Better Auth.
 */
@RequiresRedis
class RedisSecondaryStorageTests {

	private final String prefix = "ba-test-" + UUID.randomUUID().toString().substring(0, 8) + ":";

	private final List<RunningApp> apps = new ArrayList<>();

	@AfterEach
	void closeApps() {
		this.apps.forEach(RunningApp::close);
	}

	private RunningApp start(String schema, Map<String, Object> more) {
		Map<String, Object> properties = RunningApp.properties(Database.H2, schema, AbstractOAuthFlowTests.provider);
		properties.put("better-auth.secondary-storage", "redis");
		properties.put("better-auth.redis.key-prefix", this.prefix);
		properties.putAll(more);
		RunningApp app = new RunningApp(properties);
		this.apps.add(app);
		return app;
	}

	@Test
	void sessionsAndStateUseBetterAuthsKeysAndFormats() throws Exception {
		FakeProvider provider = AbstractOAuthFlowTests.provider;
		provider.reset();
		RunningApp app = start("redis_formats", Map.of());
		StringRedisTemplate redis = app.bean(StringRedisTemplate.class);

		HttpResponse<String> start = app.post("/api/auth/sign-in/social", null, "{\"provider\":\"mock\"}");
		String state = AbstractOAuthFlowTests
			.query(URI.create(AuthJson.mapper().readTree(start.body()).get("url").asString()))
			.get("state");
		// The state lives in Redis, not in the database, and expires with the flow.
		String stateKey = this.prefix + "verification:auth-state:" + state;
		JsonNode stored = AuthJson.mapper().readTree(redis.opsForValue().get(stateKey));
		assertThat(stored.propertyNames()).containsExactly("createdAt", "updatedAt", "identifier", "value", "expiresAt",
				"id");
		assertThat(stored.get("identifier").asString()).isEqualTo("auth-state:" + state);
		assertThat(redis.getExpire(stateKey, TimeUnit.SECONDS)).isBetween(1L, 600L);
		assertThat(countRows(app, "verification")).isZero();

		String cookie = app.signIn(provider);
		assertThat(redis.hasKey(stateKey)).as("the first flow's state is untouched").isTrue();
		String token = UriComponent.decode(cookie.substring(cookie.indexOf('=') + 1));
		token = token.substring(0, token.lastIndexOf('.'));

		// The session, byte for byte as Better Auth writes it, with a TTL to its expiry.
		Map<String, Object> row = app.jdbc()
			.queryForMap(new QuotedSql(app.jdbc()).sql("select s.`id`, s.`userId`, s.`expiresAt`, s.`createdAt`, "
					+ "s.`updatedAt`, s.`userAgent`, u.`createdAt` as uc, u.`updatedAt` as uu from `session` s "
					+ "join `user` u on u.`id` = s.`userId`"));
		String userId = (String) row.get("userId");
		String expected = "{\"session\":{\"expiresAt\":\"" + iso(row.get("expiresAt")) + "\",\"token\":\"" + token
				+ "\",\"createdAt\":\"" + iso(row.get("createdAt")) + "\",\"updatedAt\":\"" + iso(row.get("updatedAt"))
				+ "\",\"ipAddress\":\"127.0.0.1\",\"userAgent\":\"" + row.get("userAgent") + "\",\"userId\":\"" + userId
				+ "\",\"id\":\"" + row.get("id") + "\"},\"user\":{\"name\":\"jane@example.com\",\"email\":"
				+ "\"jane@example.com\",\"emailVerified\":true,\"image\":null,\"createdAt\":\"" + iso(row.get("uc"))
				+ "\",\"updatedAt\":\"" + iso(row.get("uu")) + "\",\"id\":\"" + userId + "\"}}";
		assertThat(redis.opsForValue().get(this.prefix + token)).isEqualTo(expected);
		long ttl = redis.getExpire(this.prefix + token, TimeUnit.SECONDS);
		assertThat(ttl).isBetween(Duration.ofDays(7).toSeconds() - 5, Duration.ofDays(7).toSeconds());

		String active = redis.opsForValue().get(this.prefix + "active-sessions-" + userId);
		assertThat(active).isEqualTo("[{\"token\":\"" + token + "\",\"expiresAt\":"
				+ Instant.parse(iso(row.get("expiresAt"))).toEpochMilli() + "}]");
		assertThat(redis.getExpire(this.prefix + "active-sessions-" + userId, TimeUnit.SECONDS))
			.isBetween(Duration.ofDays(7).toSeconds() - 5, Duration.ofDays(7).toSeconds());

		// Sign-out removes both.
		app.post("/api/auth/sign-out", cookie, "{}");
		assertThat(redis.hasKey(this.prefix + token)).isFalse();
		assertThat(redis.hasKey(this.prefix + "active-sessions-" + userId)).isFalse();
		assertThat(app.get("/api/auth/get-session", cookie).body()).isEqualTo("null");
	}

	@Test
	void getAndDeleteGivesAValueToExactlyOneOfManyCallers() throws Exception {
		RunningApp app = start("redis_getdel", Map.of());
		SecondaryStorage storage = app.bean(SecondaryStorage.class);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			for (int round = 0; round < 20; round++) {
				String key = "verification:race-" + round;
				storage.set(key, "{\"value\":\"v\"}", Duration.ofSeconds(30));
				List<Callable<String>> takers = new ArrayList<>();
				for (int i = 0; i < 16; i++) {
					takers.add(() -> storage.getAndDelete(key));
				}
				int winners = 0;
				for (Future<String> taken : pool.invokeAll(takers)) {
					winners += (taken.get() != null) ? 1 : 0;
				}
				assertThat(winners).as("round " + round).isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aStateIsUsedOnceAcrossConcurrentCallbacks() throws Exception {
		FakeProvider provider = AbstractOAuthFlowTests.provider;
		provider.reset();
		RunningApp app = start("redis_state_race", Map.of());
		HttpResponse<String> start = app.post("/api/auth/sign-in/social", null, "{\"provider\":\"mock\"}");
		String state = AbstractOAuthFlowTests
			.query(URI.create(AuthJson.mapper().readTree(start.body()).get("url").asString()))
			.get("state");
		String stateCookie = RunningApp.cookie(start, "better-auth.state");
		for (int i = 0; i < 8; i++) {
			provider.enqueueJson("/mock/token", 200, "{\"access_token\":\"at-1\",\"expires_in\":3600}");
			provider.enqueueJson("/mock/userinfo", 200,
					"{\"sub\":\"u-1\",\"email\":\"jane@example.com\",\"email_verified\":true}");
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<HttpResponse<String>>> callbacks = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				callbacks.add(() -> app.get("/api/auth/callback/mock?code=c&state=" + state, stateCookie));
			}
			int sessions = 0;
			for (Future<HttpResponse<String>> answer : pool.invokeAll(callbacks)) {
				sessions += (RunningApp.cookie(answer.get(), "better-auth.session_token") != null) ? 1 : 0;
			}
			assertThat(sessions).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void rateLimitCountersAreRedisCountersWithTheWindowAsExpiry() throws Exception {
		RunningApp app = start("redis_rate_limit",
				Map.of("better-auth.rate-limit.enabled", "true", "better-auth.rate-limit.custom-rules[/ok].window",
						"60s", "better-auth.rate-limit.custom-rules[/ok].max", "3"));
		StringRedisTemplate redis = app.bean(StringRedisTemplate.class);
		for (int i = 0; i < 3; i++) {
			assertThat(app.get("/api/auth/ok", null).statusCode()).isEqualTo(200);
		}
		HttpResponse<String> limited = app.get("/api/auth/ok", null);
		assertThat(limited.statusCode()).isEqualTo(429);
		String key = this.prefix + "127.0.0.1|/ok";
		assertThat(redis.opsForValue().get(key)).isEqualTo("4");
		assertThat(redis.getExpire(key, TimeUnit.SECONDS)).isBetween(50L, 60L);
		assertThat(Long.parseLong(limited.headers().firstValue("X-Retry-After").orElseThrow())).isBetween(50L, 60L);
	}

	@Test
	void sessionsLiveOnlyInRedisUnlessStoredInTheDatabase() throws Exception {
		FakeProvider provider = AbstractOAuthFlowTests.provider;
		provider.reset();
		RunningApp app = start("redis_only", Map.of("better-auth.session.store-in-database", "false"));
		String cookie = app.signIn(provider);
		assertThat(countRows(app, "session")).isZero();
		JsonNode session = AuthJson.mapper().readTree(app.get("/api/auth/get-session", cookie).body());
		assertThat(session.get("user").get("email").asString()).isEqualTo("jane@example.com");
		JsonNode listed = AuthJson.mapper().readTree(app.get("/api/auth/list-sessions", cookie).body());
		assertThat(listed).hasSize(1);
		assertThat(app.post("/api/auth/revoke-sessions", cookie, "{}").statusCode()).isEqualTo(200);
		assertThat(app.get("/api/auth/get-session", cookie).body()).isEqualTo("null");
	}

	@Test
	void readsASessionThatNodeBetterAuthWrote() throws Exception {
		FakeProvider provider = AbstractOAuthFlowTests.provider;
		provider.reset();
		RunningApp app = start("redis_node", Map.of("better-auth.session.store-in-database", "false"));
		app.signIn(provider);
		String userId = app.jdbc()
			.queryForObject(new QuotedSql(app.jdbc()).sql("select `id` from `user`"), String.class);
		// As Better Auth's internal adapter writes it (member order, empty strings, no
		// image), through @better-auth/redis-storage (SETEX under the prefix).
		String token = "Bu88TgSQNgibxKXWG9ExKubWED6xPtKP";
		Instant now = Instant.now();
		String json = "{\"session\":{\"expiresAt\":\"" + now.plus(Duration.ofDays(7)) + "\",\"token\":\"" + token
				+ "\",\"createdAt\":\"" + now + "\",\"updatedAt\":\"" + now + "\",\"ipAddress\":\"\","
				+ "\"userAgent\":\"\",\"userId\":\"" + userId + "\",\"id\":\"uPdPS5rT364iruAysNiIsFmhTmpZc7up\"},"
				+ "\"user\":{\"name\":\"Jane\",\"email\":\"jane@example.com\",\"emailVerified\":false,\"createdAt\":\""
				+ now + "\",\"updatedAt\":\"" + now + "\",\"id\":\"" + userId + "\"}}";
		StringRedisTemplate redis = app.bean(StringRedisTemplate.class);
		redis.opsForValue().set(this.prefix + token, json, Duration.ofDays(7));
		String cookie = "better-auth.session_token="
				+ UriComponent.encode(new CookieSigner(AbstractOAuthFlowTests.SECRET).sign(token));
		JsonNode session = AuthJson.mapper().readTree(app.get("/api/auth/get-session", cookie).body());
		assertThat(session.get("session").get("id").asString()).isEqualTo("uPdPS5rT364iruAysNiIsFmhTmpZc7up");
		assertThat(session.get("user").get("name").asString()).isEqualTo("Jane");
		app.post("/api/auth/sign-out", cookie, "{}");
		assertThat(redis.hasKey(this.prefix + token)).isFalse();
	}

	@Test
	void withRedisDownEverythingFallsBackToTheDatabase() throws Exception {
		FakeProvider provider = AbstractOAuthFlowTests.provider;
		provider.reset();
		// Nothing listens on port 1: every Redis command fails at once.
		RunningApp app = start("redis_down", Map.of("spring.data.redis.port", "1", "spring.data.redis.timeout", "500ms",
				"spring.data.redis.connect-timeout", "500ms", "better-auth.rate-limit.enabled", "true"));
		String cookie = app.signIn(provider);
		HttpResponse<String> session = app.get("/api/auth/get-session", cookie);
		assertThat(session.statusCode()).isEqualTo(200);
		assertThat(AuthJson.mapper().readTree(session.body()).get("user").get("email").asString())
			.isEqualTo("jane@example.com");
		assertThat(countRows(app, "session")).isEqualTo(1);
		assertThat(app.post("/api/auth/sign-out", cookie, "{}").statusCode()).isEqualTo(200);
		assertThat(app.get("/api/auth/get-session", cookie).body()).isEqualTo("null");
		// Boot's Redis indicator tells operators; Better Auth's own stay up.
		HealthEndpoint health = app.bean(HealthEndpoint.class);
		assertThat(health.healthForPath("redis").getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.healthForPath("betterAuthSchema").getStatus()).isEqualTo(Status.UP);
	}

	private static int countRows(RunningApp app, String table) {
		return app.jdbc()
			.queryForObject(new QuotedSql(app.jdbc()).sql("select count(*) from `" + table + "`"), Integer.class);
	}

	private static String iso(Object timestamp) {
		Instant instant = (timestamp instanceof OffsetDateTime odt) ? odt.toInstant()
				: ((Timestamp) timestamp).toInstant();
		return Timestamps.format(instant);
	}

}
