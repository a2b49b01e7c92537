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

import javax.sql.DataSource;

import dev.betterauth.core.AuthJson;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances share one PostgreSQL database: concurrent get-access-token
 * calls on both, for one expired account, make exactly one refresh request at the
 * provider. The row lock, not an in-memory lock, decides.
 */
@RequiresDatabase(Database.POSTGRESQL)
class TwoInstancesTokenRefreshTests {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void concurrentCallsOnTwoInstancesCauseOneRefresh() throws Exception {
		FakeProvider provider = AbstractOAuthFlowTests.provider;
		provider.reset();
		Map<String, Object> properties = new HashMap<>(Database.POSTGRESQL.freshSchema("better_auth_two"));
		properties.put("server.port", "0");
		properties.put("better-auth.secret", AbstractOAuthFlowTests.SECRET);
		properties.put("better-auth.base-url", "http://app.test");
		properties.put("better-auth.providers.mock.client-id", "mock-client");
		properties.put("better-auth.providers.mock.client-secret", "mock-secret");
		properties.put("better-auth.providers.mock.auth-url", provider.url("/mock/authorize"));
		properties.put("better-auth.providers.mock.token-url", provider.url("/mock/token"));
		properties.put("better-auth.providers.mock.user-info-url", provider.url("/mock/userinfo"));
		properties.put("spring.jpa.open-in-view", "false");
		try (ConfigurableApplicationContext first = start(properties);
				ConfigurableApplicationContext second = start(properties)) {
			int firstPort = port(first);
			int secondPort = port(second);
			String cookie = signIn(firstPort, provider);
			JdbcTemplate jdbc = new JdbcTemplate(first.getBean(DataSource.class));
			String accountId = jdbc.queryForObject("select \"id\" from \"account\"", String.class);
			jdbc.update("update \"account\" set \"accessTokenExpiresAt\" = ?",
					Timestamp.from(Instant.now().minusSeconds(60)));
			provider.enqueue("/mock/token",
					new MockResponse.Builder().code(200)
						.setHeader("Content-Type", "application/json")
						.body("{\"access_token\":\"at-2\",\"expires_in\":3600}")
						.headersDelay(500, TimeUnit.MILLISECONDS)
						.build());
			ExecutorService pool = Executors.newFixedThreadPool(50);
			try {
				List<Callable<String>> calls = new ArrayList<>();
				for (int i = 0; i < 50; i++) {
					int port = (i % 2 == 0) ? firstPort : secondPort;
					calls.add(() -> accessToken(port, cookie, accountId));
				}
				for (Future<String> token : pool.invokeAll(calls)) {
					assertThat(token.get()).isEqualTo("at-2");
				}
			}
			finally {
				pool.shutdownNow();
			}
			long refreshes = provider.requests("/mock/token")
				.stream()
				.filter((r) -> r.getBody().utf8().contains("grant_type=refresh_token"))
				.count();
			assertThat(refreshes).isEqualTo(1);
		}
	}

	private static ConfigurableApplicationContext start(Map<String, Object> properties) {
		return new SpringApplicationBuilder(TestApplication.class).properties(properties).run();
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private String signIn(int port, FakeProvider provider) throws Exception {
		HttpResponse<String> start = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/sign-in/social"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"provider\":\"mock\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		String url = AuthJson.mapper().readTree(start.body()).get("url").asString();
		String state = AbstractOAuthFlowTests.query(URI.create(url)).get("state");
		String stateCookie = cookie(start, "better-auth.state");
		provider.enqueueJson("/mock/token", 200,
				"{\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\",\"expires_in\":3600}");
		provider.enqueueJson("/mock/userinfo", 200,
				"{\"sub\":\"u-1\",\"email\":\"jane@example.com\",\"email_verified\":true}");
		HttpResponse<String> callback = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/auth/callback/mock?code=c&state=" + state))
			.header("Cookie", stateCookie)
			.build(), HttpResponse.BodyHandlers.ofString());
		String session = cookie(callback, "better-auth.session_token");
		assertThat(session).as(callback.headers().firstValue("Location").orElse("")).isNotNull();
		return session;
	}

	private String accessToken(int port, String cookie, String accountId) throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/get-access-token"))
				.header("Content-Type", "application/json")
				.header("Cookie", cookie)
				.POST(HttpRequest.BodyPublishers.ofString("{\"accountId\":\"" + accountId + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return AuthJson.mapper().readTree(response.body()).get("accessToken").asString();
	}

	private static String cookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith(name + "=") && !c.contains("Max-Age=0"))
			.map((c) -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElse(null);
	}

}
