package dev.betterauth.autoconfigure.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import dev.betterauth.core.AuthJson;
import dev.betterauth.core.jdbc.QuotedSql;
import mockwebserver3.MockResponse;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test application started as a whole server on a random port, for tests that need
 * several instances or their own settings, with the HTTP calls they make.
 */
final class RunningApp implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final ConfigurableApplicationContext context;

	private final int port;

	RunningApp(Map<String, Object> properties) {
		this.context = new SpringApplicationBuilder(TestApplication.class).properties(properties).run();
		this.port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/** The settings of an application with the {@code mock} provider on this database. */
	static Map<String, Object> properties(Database database, String schema, FakeProvider provider) {
		Map<String, Object> properties = new HashMap<>(database.freshSchema(schema));
		properties.put("server.port", "0");
		properties.put("better-auth.secret", AbstractOAuthFlowTests.SECRET);
		properties.put("better-auth.base-url", "http://app.test");
		properties.put("better-auth.providers.mock.client-id", "mock-client");
		properties.put("better-auth.providers.mock.client-secret", "mock-secret");
		properties.put("better-auth.providers.mock.auth-url", provider.url("/mock/authorize"));
		properties.put("better-auth.providers.mock.token-url", provider.url("/mock/token"));
		properties.put("better-auth.providers.mock.user-info-url", provider.url("/mock/userinfo"));
		properties.put("spring.jpa.open-in-view", "false");
		properties.put("better-auth.rate-limit.enabled", "false");
		return properties;
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	JdbcTemplate jdbc() {
		return new JdbcTemplate(this.context.getBean(DataSource.class));
	}

	/** Signs a user in through the whole redirect flow; returns the session cookie. */
	String signIn(FakeProvider provider) throws Exception {
		HttpResponse<String> callback = signInResponse(provider);
		String session = cookie(callback, "better-auth.session_token");
		assertThat(session).as(callback.headers().firstValue("Location").orElse("")).isNotNull();
		return session;
	}

	/** Signs a user in through the whole redirect flow; returns the callback's answer. */
	HttpResponse<String> signInResponse(FakeProvider provider) throws Exception {
		HttpResponse<String> start = post("/api/auth/sign-in/social", null, "{\"provider\":\"mock\"}");
		String url = AuthJson.mapper().readTree(start.body()).get("url").asString();
		String state = AbstractOAuthFlowTests.query(URI.create(url)).get("state");
		String stateCookie = cookie(start, "better-auth.state");
		provider.enqueueJson("/mock/token", 200,
				"{\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\",\"expires_in\":3600}");
		provider.enqueueJson("/mock/userinfo", 200,
				"{\"sub\":\"u-1\",\"email\":\"jane@example.com\",\"email_verified\":true}");
		return get("/api/auth/callback/mock?code=c&state=" + state, stateCookie);
	}

	/**
	 * Makes the provider answer one slow refresh, sends {@code calls} concurrent token
	 * requests alternating between two instances, and checks that all of them get the
	 * refreshed token from one refresh grant.
	 * @param first one instance
	 * @param second the other
	 * @param provider the provider
	 * @param cookie the signed-in user's session cookie
	 * @param calls how many requests
	 * @param path the endpoint of call {@code i}
	 */
	static void assertOneRefresh(RunningApp first, RunningApp second, FakeProvider provider, String cookie, int calls,
			IntFunction<String> path) throws Exception {
		String accountId = first.onlyAccountId();
		first.expireAccessTokens();
		provider.enqueue("/mock/token",
				new MockResponse.Builder().code(200)
					.setHeader("Content-Type", "application/json")
					.body("{\"access_token\":\"at-2\",\"expires_in\":3600}")
					.headersDelay(500, TimeUnit.MILLISECONDS)
					.build());
		ExecutorService pool = Executors.newFixedThreadPool(calls);
		try {
			List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
			for (int i = 0; i < calls; i++) {
				RunningApp app = (i % 2 == 0) ? first : second;
				String endpoint = path.apply(i);
				requests.add(() -> app.post(endpoint, cookie, "{\"accountId\":\"" + accountId + "\"}"));
			}
			for (Future<HttpResponse<String>> answer : pool.invokeAll(requests)) {
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

	/** Makes every stored access token expired, so the next use refreshes it. */
	void expireAccessTokens() {
		jdbc().update(new QuotedSql(jdbc()).sql("update `account` set `accessTokenExpiresAt` = ?"),
				Timestamp.from(Instant.now().minusSeconds(60)));
	}

	String onlyAccountId() {
		return jdbc().queryForObject(new QuotedSql(jdbc()).sql("select `id` from `account`"), String.class);
	}

	HttpResponse<String> post(String path, String cookie, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.header("Origin", "http://app.test")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String cookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith(name + "=") && !c.contains("Max-Age=0"))
			.map((c) -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElse(null);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
