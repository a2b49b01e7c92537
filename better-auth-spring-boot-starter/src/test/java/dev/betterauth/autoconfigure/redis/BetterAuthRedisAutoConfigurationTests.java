package dev.betterauth.autoconfigure.redis;

import java.time.Duration;

import dev.betterauth.autoconfigure.BetterAuthAutoConfiguration;
import dev.betterauth.autoconfigure.BetterAuthSchemaAutoConfiguration;
import dev.betterauth.core.ratelimit.InMemoryRateLimitStore;
import dev.betterauth.core.ratelimit.JdbcRateLimitStore;
import dev.betterauth.core.ratelimit.RateLimitStore;
import dev.betterauth.core.ratelimit.SecondaryStorageRateLimitStore;
import dev.betterauth.core.session.JdbcSessionStore;
import dev.betterauth.core.session.SecondaryStorageSessionStore;
import dev.betterauth.core.session.SessionStore;
import dev.betterauth.core.session.TieredSessionStore;
import dev.betterauth.core.storage.SecondaryStorage;
import dev.betterauth.core.verification.JdbcVerificationStore;
import dev.betterauth.core.verification.SecondaryStorageVerificationStore;
import dev.betterauth.core.verification.VerificationStore;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When Redis becomes the secondary storage, which stores it brings, and when it backs
 * off. No Redis needs to run: nothing here connects.
 */
class BetterAuthRedisAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				BetterAuthSchemaAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
				TransactionAutoConfiguration.class, DataRedisAutoConfiguration.class,
				BetterAuthRedisAutoConfiguration.class, BetterAuthAutoConfiguration.class))
		.withPropertyValues(
				"spring.datasource.url=jdbc:h2:mem:redis-config-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
				"better-auth.secret=redis-config-secret-0123456789abcdef0123",
				"better-auth.base-url=https://app.example.com");

	@Test
	void withoutThePropertyEverythingStaysInTheDatabase() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(SecondaryStorage.class);
			assertThat(context.getBean(SessionStore.class)).isInstanceOf(JdbcSessionStore.class);
			assertThat(context.getBean(VerificationStore.class)).isInstanceOf(JdbcVerificationStore.class);
			assertThat(context.getBean(RateLimitStore.class)).isInstanceOf(InMemoryRateLimitStore.class);
		});
	}

	@Test
	void redisBringsTieredSessionsStateInRedisAndSharedCounters() {
		this.runner.withPropertyValues("better-auth.secondary-storage=redis").run((context) -> {
			assertThat(context).hasSingleBean(SecondaryStorage.class);
			assertThat(context.getBean(SessionStore.class)).isInstanceOf(TieredSessionStore.class);
			assertThat(context.getBean(VerificationStore.class)).isInstanceOf(SecondaryStorageVerificationStore.class);
			assertThat(context.getBean(RateLimitStore.class)).isInstanceOf(SecondaryStorageRateLimitStore.class);
			assertThat(context.getBean(RateLimitStore.class).key("127.0.0.1", "/sign-in/social"))
				.isEqualTo("127.0.0.1|/sign-in/social");
		});
	}

	@Test
	void sessionsCanLiveInRedisAlone() {
		this.runner
			.withPropertyValues("better-auth.secondary-storage=redis", "better-auth.session.store-in-database=false")
			.run((context) -> assertThat(context.getBean(SessionStore.class))
				.isInstanceOf(SecondaryStorageSessionStore.class));
	}

	@Test
	void rateLimitStorageCanStillBeChosen() {
		this.runner.withPropertyValues("better-auth.secondary-storage=redis", "better-auth.rate-limit.storage=database")
			.run((context) -> assertThat(context.getBean(RateLimitStore.class)).isInstanceOf(JdbcRateLimitStore.class));
		this.runner.withPropertyValues("better-auth.secondary-storage=redis", "better-auth.rate-limit.storage=memory")
			.run((context) -> assertThat(context.getBean(RateLimitStore.class))
				.isInstanceOf(InMemoryRateLimitStore.class));
	}

	@Test
	void theKeyPrefixIsConfigurable() {
		this.runner.withPropertyValues("better-auth.secondary-storage=redis", "better-auth.redis.key-prefix=shop:")
			.run((context) -> {
				RedisSecondaryStorage storage = (RedisSecondaryStorage) context.getBean(SecondaryStorage.class);
				assertThat(storage).extracting("prefix").isEqualTo("shop:");
			});
	}

	@Test
	void anApplicationStorageIsUsed() {
		this.runner.withPropertyValues("better-auth.secondary-storage=redis")
			.withUserConfiguration(OwnStorage.class)
			.run((context) -> {
				assertThat(context.getBean(SecondaryStorage.class)).isSameAs(context.getBean("ownStorage"));
				assertThat(context.getBean(SessionStore.class)).isInstanceOf(TieredSessionStore.class);
			});
	}

	@Test
	void redisAskedForWithoutSpringDataRedisFailsStartUpClearly() {
		this.runner.withPropertyValues("better-auth.secondary-storage=redis")
			.withClassLoader(new FilteredClassLoader(StringRedisTemplate.class))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("better-auth.secondary-storage")
				.hasMessageContaining("spring-boot-starter-data-redis"));
	}

	@Test
	void redisCountersWithoutRedisFailStartUpClearly() {
		this.runner.withPropertyValues("better-auth.rate-limit.storage=secondary-storage")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("better-auth.secondary-storage=redis"));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnStorage {

		@Bean
		SecondaryStorage ownStorage() {
			return new SecondaryStorage() {

				@Override
				public @Nullable String get(String key) {
					return null;
				}

				@Override
				public void set(String key, String value, Duration ttl) {
				}

				@Override
				public void delete(String key) {
				}

				@Override
				public @Nullable String getAndDelete(String key) {
					return null;
				}

				@Override
				public Count increment(String key, Duration ttl) {
					return new Count(1, ttl);
				}

			};
		}

	}

}
