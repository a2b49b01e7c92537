package dev.betterauth.autoconfigure;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.ProviderHttpClient;
import dev.betterauth.core.provider.ProviderRegistration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider HTTP client calls on the caller's thread: a code exchange, a discovery
 * read and a userinfo read start no thread once the connection is kept alive (the JDK
 * HttpClient's sendAsync started one per call on two cores).
 */
class ProviderCallThreadsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				BetterAuthSchemaAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
				TransactionAutoConfiguration.class, BetterAuthAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:threads-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
				"better-auth.secret=context-runner-secret-0123456789abcdef",
				"better-auth.base-url=https://app.example.com");

	private HttpServer server;

	private ExecutorService serverThreads;

	@BeforeEach
	void startProvider() throws IOException, InterruptedException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			byte[] body = (exchange.getRequestURI().getPath().equals("/token")
					? "{\"access_token\":\"at\",\"expires_in\":3600}" : "{\"sub\":\"1\",\"issuer\":\"x\"}")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		// Server threads started up front, so only the client's threads are counted.
		this.serverThreads = Executors.newFixedThreadPool(2);
		this.serverThreads.invokeAll(List.of(() -> null, () -> null));
		this.server.setExecutor(this.serverThreads);
		this.server.start();
	}

	@AfterEach
	void stopProvider() {
		this.server.stop(0);
		this.serverThreads.shutdownNow();
	}

	@Test
	void providerCallsStartNoThread() {
		this.runner.run((context) -> {
			ProviderHttpClient http = context.getBean(ProviderHttpClient.class);
			String base = "http://127.0.0.1:" + this.server.getAddress().getPort();
			OAuthProvider provider = new OAuthProvider(ProviderRegistration.builder("p")
				.clientId("client")
				.clientSecret("secret")
				.authorizationUri(base + "/authorize")
				.tokenUri(base + "/token")
				.userInfoUri(base + "/userinfo")
				.build(), http::fetchJson);
			Runnable calls = () -> {
				http.exchangeCode(provider, "code", "verifier", "https://app.example.com/api/auth/callback/p");
				http.fetchUserInfo(provider, "at");
				http.fetchJson(URI.create(base + "/discovery"));
			};
			// The first calls open the kept-alive connection (and the JDK's keep-alive
			// timer).
			calls.run();
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long before = threads.getTotalStartedThreadCount();
			for (int i = 0; i < 20; i++) {
				calls.run();
			}
			assertThat(threads.getTotalStartedThreadCount() - before).as("threads started by 60 provider calls")
				.isZero();
		});
	}

}
