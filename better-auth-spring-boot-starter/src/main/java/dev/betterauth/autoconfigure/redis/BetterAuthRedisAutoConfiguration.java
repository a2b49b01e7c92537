package dev.betterauth.autoconfigure.redis;

import java.time.Clock;

import javax.sql.DataSource;

import dev.betterauth.autoconfigure.BetterAuthAutoConfiguration;
import dev.betterauth.autoconfigure.BetterAuthProperties;
import dev.betterauth.core.ratelimit.InMemoryRateLimitStore;
import dev.betterauth.core.ratelimit.JdbcRateLimitStore;
import dev.betterauth.core.ratelimit.RateLimitStore;
import dev.betterauth.core.ratelimit.SecondaryStorageRateLimitStore;
import dev.betterauth.core.session.JdbcSessionStore;
import dev.betterauth.core.session.SecondaryStorageSessionStore;
import dev.betterauth.core.session.SessionStore;
import dev.betterauth.core.session.TieredSessionStore;
import dev.betterauth.core.storage.OutageLog;
import dev.betterauth.core.storage.SecondaryStorage;
import dev.betterauth.core.verification.JdbcVerificationStore;
import dev.betterauth.core.verification.SecondaryStorageVerificationStore;
import dev.betterauth.core.verification.VerificationStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Redis as secondary storage ({@code better-auth.secondary-storage=redis}): sessions,
 * flow state and rate-limit counters in Better Auth's Redis formats, on Boot's own
 * {@link StringRedisTemplate}. Runs before {@link BetterAuthAutoConfiguration}, whose
 * database stores then back off.
 */
@AutoConfiguration(before = BetterAuthAutoConfiguration.class,
		after = { DataRedisAutoConfiguration.class, DataSourceAutoConfiguration.class })
@ConditionalOnClass(StringRedisTemplate.class)
@ConditionalOnBean({ StringRedisTemplate.class, DataSource.class })
@ConditionalOnProperty(name = "better-auth.secondary-storage", havingValue = "redis")
@ConditionalOnBooleanProperty(name = "better-auth.enabled", matchIfMissing = true)
@EnableConfigurationProperties(BetterAuthProperties.class)
public final class BetterAuthRedisAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SecondaryStorage betterAuthSecondaryStorage(StringRedisTemplate redis, BetterAuthProperties properties) {
		return new RedisSecondaryStorage(redis, properties.getRedis().getKeyPrefix());
	}

	@Bean
	@ConditionalOnMissingBean
	OutageLog betterAuthSecondaryStorageOutages() {
		return new OutageLog();
	}

	@Bean
	@ConditionalOnMissingBean
	@DependsOnDatabaseInitialization
	SessionStore betterAuthSessionStore(SecondaryStorage storage, OutageLog outages, BetterAuthProperties properties,
			DataSource dataSource, ObjectProvider<Clock> clock) {
		Clock now = clock.getIfAvailable(Clock::systemUTC);
		SecondaryStorageSessionStore inStorage = new SecondaryStorageSessionStore(storage, now);
		if (!properties.getSession().isStoreInDatabase()) {
			return inStorage;
		}
		JdbcSessionStore database = new JdbcSessionStore(dataSource);
		return new TieredSessionStore(database, inStorage, outages, now);
	}

	@Bean
	@ConditionalOnMissingBean
	@DependsOnDatabaseInitialization
	VerificationStore betterAuthVerificationStore(SecondaryStorage storage, OutageLog outages, DataSource dataSource,
			ObjectProvider<Clock> clock) {
		return new SecondaryStorageVerificationStore(storage, new JdbcVerificationStore(dataSource), outages,
				clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnMissingBean
	@DependsOnDatabaseInitialization
	RateLimitStore betterAuthRateLimitStore(SecondaryStorage storage, OutageLog outages,
			BetterAuthProperties properties, DataSource dataSource) {
		BetterAuthProperties.RateLimit.Storage where = properties.getRateLimit().getStorage();
		if (where == null || where == BetterAuthProperties.RateLimit.Storage.SECONDARY_STORAGE) {
			return new SecondaryStorageRateLimitStore(storage, outages);
		}
		return (where == BetterAuthProperties.RateLimit.Storage.DATABASE) ? new JdbcRateLimitStore(dataSource)
				: new InMemoryRateLimitStore();
	}

}
