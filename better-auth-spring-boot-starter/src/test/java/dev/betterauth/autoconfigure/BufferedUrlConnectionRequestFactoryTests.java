package dev.betterauth.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.StreamUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Provider requests with a buffered body over kept-alive {@code HttpURLConnection}s.
 */
class BufferedUrlConnectionRequestFactoryTests {

	private final MockWebServer server = new MockWebServer();

	private final BufferedUrlConnectionRequestFactory factory = new BufferedUrlConnectionRequestFactory(
			new HttpClientSettings(HttpRedirects.DONT_FOLLOW, Duration.ofSeconds(2), Duration.ofMillis(500), null));

	@BeforeEach
	void start() throws IOException {
		this.server.start(InetAddress.getLoopbackAddress(), 0);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void postsTheBodyAndHeadersAndReadsTheAnswer() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.addHeader("Content-Type", "application/json")
			.body("{\"access_token\":\"a\"}")
			.build());
		try (ClientHttpResponse response = post("/token", "grant_type=authorization_code&code=c")) {
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(response.getHeaders().getContentType()).hasToString("application/json");
			assertThat(StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8))
				.isEqualTo("{\"access_token\":\"a\"}");
		}
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
		assertThat(request.getHeaders().get("Content-Length")).isEqualTo("36");
		assertThat(request.getHeaders().values("Accept")).containsExactly("application/json");
		assertThat(request.getBody().utf8()).isEqualTo("grant_type=authorization_code&code=c");
	}

	@Test
	void readsAnErrorAnswersBody() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(400).body("{\"error\":\"invalid_grant\"}").build());
		try (ClientHttpResponse response = post("/token", "code=used")) {
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8))
				.isEqualTo("{\"error\":\"invalid_grant\"}");
		}
	}

	@Test
	void keepsTheConnectionAliveAcrossCalls() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
		}
		for (int i = 0; i < 3; i++) {
			post("/token", "code=" + i).close();
		}
		assertThat(this.server.takeRequest().getConnectionIndex()).isZero();
		assertThat(this.server.takeRequest().getConnectionIndex()).isZero();
		assertThat(this.server.takeRequest().getConnectionIndex()).isZero();
	}

	@Test
	void sendsAPostAgainWhenTheKeptAliveConnectionWasClosed() throws Exception {
		// The server closes the connection after answering, without saying so: the next
		// POST finds it closed and is sent again, once, on a new one.
		this.server.enqueue(new MockResponse.Builder().code(200)
			.body("{}")
			.onResponseEnd(new SocketEffect.CloseSocket(true, false, false))
			.build());
		this.server.enqueue(new MockResponse.Builder().code(200).body("{\"second\":true}").build());
		post("/token", "code=1").close();
		Thread.sleep(100);
		try (ClientHttpResponse response = post("/token", "code=2")) {
			assertThat(StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8))
				.isEqualTo("{\"second\":true}");
		}
		this.server.takeRequest();
		RecordedRequest second = this.server.takeRequest();
		assertThat(second.getBody().utf8()).isEqualTo("code=2");
		assertThat(second.getConnectionIndex()).isEqualTo(1);
	}

	@Test
	void neverFollowsARedirect() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/elsewhere").build());
		ClientHttpRequest request = this.factory.createRequest(this.server.url("/userinfo").uri(), HttpMethod.GET);
		try (ClientHttpResponse response = request.execute()) {
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		}
		assertThat(this.server.getRequestCount()).isOne();
	}

	@Test
	void aSlowAnswerTimesOut() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(200).headersDelay(2, TimeUnit.SECONDS).body("{}").build());
		assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(() -> post("/token", "code=slow"));
	}

	private ClientHttpResponse post(String path, String form) throws IOException {
		ClientHttpRequest request = this.factory.createRequest(this.server.url(path).uri(), HttpMethod.POST);
		request.getHeaders().add("Content-Type", "application/x-www-form-urlencoded");
		request.getHeaders().add("Accept", "application/json");
		request.getBody().write(form.getBytes(StandardCharsets.UTF_8));
		return request.execute();
	}

}
