package dev.betterauth.autoconfigure.security;

import dev.betterauth.autoconfigure.BetterAuthAutoConfiguration;
import dev.betterauth.autoconfigure.BetterAuthSchemaAutoConfiguration;
import dev.betterauth.autoconfigure.BetterAuthWebAutoConfiguration;
import dev.betterauth.core.web.BetterAuthSessions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring Security integration's conditions: on only with Spring Security, the auth
 * API's chain always, the default chain only when the application defines none.
 */
class BetterAuthSecurityAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				BetterAuthSchemaAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
				TransactionAutoConfiguration.class, BetterAuthAutoConfiguration.class,
				BetterAuthWebAutoConfiguration.class, BetterAuthSecurityAutoConfiguration.class,
				SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:security-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
				"better-auth.secret=security-secret-0123456789abcdef0123", "better-auth.base-url=https://app.example");

	@Test
	void withoutAnApplicationChainTheAuthApiIsOpenAndEverythingElseNeedsASession() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(AuthApiFilterChain.class);
			assertThat(context).hasBean("betterAuthDefaultFilterChain");
			assertThat(context.getBeansOfType(SecurityFilterChain.class)).hasSize(2);
		});
	}

	@Test
	void anApplicationsOwnChainReplacesTheDefaultButNotTheAuthApis() {
		this.runner.withUserConfiguration(ApplicationChain.class).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(AuthApiFilterChain.class);
			assertThat(context).doesNotHaveBean("betterAuthDefaultFilterChain").hasBean("applicationChain");
		});
	}

	@Test
	void withoutSpringSecurityOnlyTheSessionApiIsThere() {
		this.runner.withClassLoader(new FilteredClassLoader(SecurityFilterChain.class)).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(AuthApiFilterChain.class);
			assertThat(context).hasSingleBean(BetterAuthSessions.class);
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class ApplicationChain {

		@Bean
		SecurityFilterChain applicationChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.with(BetterAuthHttpConfigurer.betterAuth(), (betterAuth) -> {
				})
				.build();
		}

	}

}
