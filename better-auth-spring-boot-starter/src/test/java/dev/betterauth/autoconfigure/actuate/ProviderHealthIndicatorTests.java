package dev.betterauth.autoconfigure.actuate;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.betterauth.autoconfigure.actuate.MicrometerAuthMetricsTests.MutableClock;
import dev.betterauth.core.AuthJson;
import dev.betterauth.core.provider.ClientAuthentication;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthProviders;
import dev.betterauth.core.provider.ProviderHttpClient;
import dev.betterauth.core.provider.ProviderRegistration;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderHealthIndicatorTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));

	@Test
	void checksDiscoveryAndKeysAtMostOncePerInterval() throws Exception {
		try (MockWebServer idp = new MockWebServer()) {
			String[] issuer = new String[1];
			idp.setDispatcher(new Dispatcher() {
				@Override
				public MockResponse dispatch(RecordedRequest request) {
					String path = request.getUrl().encodedPath();
					if (path.equals("/.well-known/openid-configuration")) {
						return json("{\"issuer\":\"" + issuer[0] + "\",\"authorization_endpoint\":\"" + issuer[0]
								+ "/authorize\",\"token_endpoint\":\"" + issuer[0] + "/token\",\"jwks_uri\":\""
								+ issuer[0] + "/jwks\"}");
					}
					return path.equals("/jwks") ? json("{\"keys\":[]}") : new MockResponse.Builder().code(404).build();
				}
			});
			idp.start();
			issuer[0] = idp.url("/").toString().replaceAll("/$", "");
			ProviderHttpClient http = new ProviderHttpClient(RestClient.create(), AuthJson.mapper(), this.clock);
			OAuthProvider oidc = new OAuthProvider(registration("oidc", issuer[0], List.of("openid")), http::fetchJson,
					this.clock);
			OAuthProvider github = new OAuthProvider(registration("github", null, List.of("user:email")),
					http::fetchJson, this.clock);
			ProviderHealthIndicator health = new ProviderHealthIndicator(new OAuthProviders(List.of(oidc, github)),
					http, Duration.ofMinutes(5), this.clock);

			Health up = health.health();
			assertThat(up.getStatus()).isEqualTo(Status.UP);
			assertThat(up.getDetails().get("github")).isEqualTo(Map.of("status", "not checked (no discovery)"));
			int requests = idp.getRequestCount();
			assertThat(requests).isEqualTo(2);

			idp.setDispatcher(new Dispatcher() {
				@Override
				public MockResponse dispatch(RecordedRequest request) {
					return new MockResponse.Builder().code(503).build();
				}
			});
			// Within the interval: the last result, no request.
			this.clock.now = this.clock.now.plus(Duration.ofMinutes(4));
			assertThat(health.health().getStatus()).isEqualTo(Status.UP);
			assertThat(idp.getRequestCount()).isEqualTo(requests);
			this.clock.now = this.clock.now.plus(Duration.ofMinutes(1));
			Health down = health.health();
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails().get("oidc").toString()).contains("503");
		}
	}

	private static MockResponse json(String body) {
		return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
	}

	private static ProviderRegistration registration(String id, String issuer, List<String> scopes) {
		URI authorize = (issuer != null) ? null : URI.create("https://github.example/login/oauth/authorize");
		URI token = (issuer != null) ? null : URI.create("https://github.example/login/oauth/access_token");
		return new ProviderRegistration(id, "client", "secret", authorize, token, null, null, issuer, null, scopes,
				true, ClientAuthentication.POST, null, null);
	}

}
