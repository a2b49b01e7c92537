package dev.betterauth.autoconfigure.actuate;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

import dev.betterauth.autoconfigure.BetterAuthAutoConfiguration;
import dev.betterauth.core.metrics.AuthMetrics;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthProviders;
import dev.betterauth.core.session.SessionStore;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Better Auth's Micrometer meters, when Micrometer is on the classpath and a
 * {@link MeterRegistry} is configured (Actuator does it). Provider calls are observed
 * through the application's {@code ObservationRegistry} whatever this configuration does.
 */
@AutoConfiguration(after = BetterAuthAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ MeterRegistry.class, OAuthProviders.class })
public final class BetterAuthMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(AuthMetrics.class)
	MicrometerAuthMetrics betterAuthMetrics(OAuthProviders providers, SessionStore sessions,
			ObjectProvider<Clock> clock) {
		Set<String> ids = providers.all().stream().map(OAuthProvider::id).collect(Collectors.toUnmodifiableSet());
		return new MicrometerAuthMetrics(ids, sessions, clock.getIfAvailable(Clock::systemUTC));
	}

}
