package dev.betterauth.autoconfigure.security;

import dev.betterauth.autoconfigure.BetterAuthWebAutoConfiguration;
import dev.betterauth.core.flow.FlowSettings;
import dev.betterauth.core.web.BetterAuthSessions;
import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * With Spring Security on the classpath: the auth API gets a filter chain of its own,
 * ahead of the application's (everything permitted, no CSRF token: the origin check
 * protects it, no HTTP session), so adding Spring Security never locks users out of
 * signing in. An application that defines no {@code SecurityFilterChain} gets one that
 * requires a Better Auth session for everything else and answers 401 without one; an
 * application with its own applies {@link BetterAuthHttpConfigurer}.
 */
@AutoConfiguration(after = BetterAuthWebAutoConfiguration.class, before = ServletWebSecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, HttpSecurity.class })
@ConditionalOnBean(BetterAuthSessions.class)
public final class BetterAuthSecurityAutoConfiguration {

	/** The auth API's own chain, ahead of every chain of the application's. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	@ConditionalOnMissingBean(AuthApiFilterChain.class)
	AuthApiFilterChain betterAuthApiFilterChain(HttpSecurity http, FlowSettings flow) throws Exception {
		return new AuthApiFilterChain(http.securityMatcher(flow.basePath() + "/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			// No session authentication filter: the endpoints read the session
			// themselves, and
			// get-session (every page load) stays one statement.
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build());
	}

	/**
	 * When the application defines no chain of its own: a Better Auth session is needed
	 * everywhere else, and requests without one are answered 401.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE - 10)
	@ConditionalOnMissingBean(value = SecurityFilterChain.class, ignored = AuthApiFilterChain.class)
	SecurityFilterChain betterAuthDefaultFilterChain(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.anyRequest()
				.authenticated())
			.with(BetterAuthHttpConfigurer.betterAuth(), Customizer.withDefaults())
			.build();
	}

}
