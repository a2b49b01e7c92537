package dev.betterauth.autoconfigure.actuate;

import javax.sql.DataSource;

import dev.betterauth.autoconfigure.BetterAuthAutoConfiguration;
import dev.betterauth.autoconfigure.BetterAuthSchemaAutoConfiguration;
import dev.betterauth.core.flow.OAuthCallback;
import dev.betterauth.core.metrics.AuthMetrics;
import dev.betterauth.core.ratelimit.RateLimiter;
import dev.betterauth.core.token.AccessTokenService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meters and health indicators come with Micrometer and Actuator, are wired into the
 * flow, and back off or switch off as Spring Boot's own do.
 */
class BetterAuthActuateAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				BetterAuthSchemaAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
				TransactionAutoConfiguration.class, BetterAuthAutoConfiguration.class,
				BetterAuthMetricsAutoConfiguration.class, BetterAuthHealthAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:actuate-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
				"better-auth.secret=actuate-secret-0123456789abcdef0123456789",
				"better-auth.base-url=https://app.example.com");

	@Test
	void metersComeWithARegistryAndReachTheFlow() {
		this.runner.withUserConfiguration(Registry.class).run((context) -> {
			AuthMetrics metrics = context.getBean(AuthMetrics.class);
			assertThat(metrics).isInstanceOf(MicrometerAuthMetrics.class);
			assertThat(context.getBean(OAuthCallback.class)).extracting("metrics").isSameAs(metrics);
			assertThat(context.getBean(AccessTokenService.class)).extracting("metrics").isSameAs(metrics);
			assertThat(context.getBean(RateLimiter.class)).extracting("metrics").isSameAs(metrics);
		});
	}

	@Test
	void noMetersWithoutARegistryOrMicrometer() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(AuthMetrics.class));
		this.runner.withUserConfiguration(Registry.class)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(AuthMetrics.class));
	}

	@Test
	void anApplicationMetricsBeanIsUsed() {
		this.runner.withUserConfiguration(Registry.class, OwnMetrics.class)
			.run((context) -> assertThat(context.getBean(OAuthCallback.class)).extracting("metrics")
				.isSameAs(context.getBean("ownMetrics")));
	}

	@Test
	void healthIndicatorsReportTheSchemaAndProviders() {
		this.runner.run((context) -> {
			assertThat(context).hasBean("betterAuthSchemaHealthIndicator")
				.hasBean("betterAuthProvidersHealthIndicator");
			HealthIndicator schema = context.getBean("betterAuthSchemaHealthIndicator", HealthIndicator.class);
			assertThat(schema.health().getStatus()).isEqualTo(Status.UP);
			context.getBean(DataSource.class).getConnection().createStatement().execute("drop table \"verification\"");
			assertThat(schema.health().getStatus()).isEqualTo(Status.DOWN);
			assertThat(schema.health().getDetails()).containsEntry("missingTable", "verification");
		});
	}

	@Test
	void healthIndicatorsSwitchOffAndNeedActuator() {
		this.runner.withPropertyValues("management.health.betterauth.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("betterAuthSchemaHealthIndicator"));
		this.runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).doesNotHaveBean("betterAuthSchemaHealthIndicator"));
	}

	@Configuration(proxyBeanMethods = false)
	static class Registry {

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnMetrics {

		@Bean
		AuthMetrics ownMetrics() {
			return new AuthMetrics() {
			};
		}

	}

}
