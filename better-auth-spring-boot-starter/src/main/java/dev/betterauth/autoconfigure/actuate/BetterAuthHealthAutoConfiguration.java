package dev.betterauth.autoconfigure.actuate;

import java.time.Clock;

import javax.sql.DataSource;

import dev.betterauth.autoconfigure.BetterAuthAutoConfiguration;
import dev.betterauth.autoconfigure.BetterAuthProperties;
import dev.betterauth.core.provider.OAuthProviders;
import dev.betterauth.core.provider.ProviderHttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Actuator health for Better Auth: {@code betterAuthSchema} (its tables are there) and
 * {@code betterAuthProviders} (each OpenID provider's discovery and keys answer, checked
 * at most every {@code better-auth.health.provider-check-interval}). Redis, when it is
 * the secondary storage, is reported by Boot's own {@code redis} indicator. Turned off
 * with {@code management.health.betterauth.enabled=false}.
 */
@AutoConfiguration(after = BetterAuthAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(OAuthProviders.class)
@ConditionalOnEnabledHealthIndicator("betterauth")
public final class BetterAuthHealthAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "betterAuthSchemaHealthIndicator")
	BetterAuthSchemaHealthIndicator betterAuthSchemaHealthIndicator(DataSource dataSource) {
		return new BetterAuthSchemaHealthIndicator(dataSource);
	}

	@Bean
	@ConditionalOnMissingBean(name = "betterAuthProvidersHealthIndicator")
	ProviderHealthIndicator betterAuthProvidersHealthIndicator(OAuthProviders providers, ProviderHttpClient http,
			BetterAuthProperties properties, ObjectProvider<Clock> clock) {
		return new ProviderHealthIndicator(providers, http, properties.getHealth().getProviderCheckInterval(),
				clock.getIfAvailable(Clock::systemUTC));
	}

}
