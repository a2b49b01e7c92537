package dev.betterauth.autoconfigure.e2e;

import java.net.http.HttpResponse;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators see of a running application with Actuator: sign-in, callback-error and
 * rate-limit meters, timed provider calls tagged without secrets, and health.
 */
class OperationsTests {

	@Test
	void signInsCallbackErrorsAndProviderCallsAreMeasured() throws Exception {
		FakeProvider provider = AbstractOAuthFlowTests.provider;
		provider.reset();
		Map<String, Object> properties = RunningApp.properties(Database.H2, "operations", provider);
		properties.put("better-auth.rate-limit.enabled", "true");
		properties.put("better-auth.rate-limit.custom-rules[/ok].max", "1");
		try (RunningApp app = new RunningApp(properties)) {
			app.signIn(provider);
			HttpResponse<String> forged = app.get("/api/auth/callback/mock?code=c&state=forged", null);
			assertThat(forged.headers().firstValue("Location").orElse("")).contains("error=state_mismatch");
			app.get("/api/auth/ok", null);
			assertThat(app.get("/api/auth/ok", null).statusCode()).isEqualTo(429);

			MeterRegistry meters = app.bean(MeterRegistry.class);
			assertThat(
					meters.get("betterauth.sign-ins").tags("provider", "mock", "outcome", "success").counter().count())
				.isEqualTo(1);
			assertThat(meters.get("betterauth.callback.errors")
				.tags("provider", "mock", "code", "state_mismatch")
				.counter()
				.count()).isEqualTo(1);
			assertThat(meters.get("betterauth.rate-limit.rejections").tags("rule", "custom").counter().count())
				.isEqualTo(1);
			Timer token = meters.get("betterauth.provider.calls")
				.tags("provider", "mock", "operation", "token", "status", "200")
				.timer();
			assertThat(token.count()).isEqualTo(1);
			assertThat(meters.get("betterauth.provider.calls").tags("operation", "userinfo").timer().count())
				.isEqualTo(1);
			// No tag carries a code, a token, a path or a query.
			meters.get("betterauth.provider.calls")
				.timers()
				.forEach((timer) -> timer.getId().getTags().forEach((tag) -> {
					assertThat(tag.getValue()).doesNotContain("/").doesNotContain("?").doesNotContain("at-1");
				}));
			assertThat(meters.get("betterauth.sessions.active").gauge().value()).isEqualTo(1);

			HealthEndpoint health = app.bean(HealthEndpoint.class);
			assertThat(health.healthForPath("betterAuthSchema").getStatus()).isEqualTo(Status.UP);
			assertThat(health.healthForPath("betterAuthProviders").getStatus()).isEqualTo(Status.UP);
		}
	}

}
