package dev.betterauth.sample;

import dev.betterauth.autoconfigure.security.BetterAuthHttpConfigurer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The sample's own filter chain: the page, its assets and the demo endpoints are open;
 * everything else, {@code /api/me} included, needs a Better Auth session (401 without).
 * The auth API under {@code /api/auth} needs no rule here: the starter gives it a chain
 * of its own, ahead of this one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(SecurityFilterChain.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "sample.security.enabled", matchIfMissing = true)
class SampleSecurity {

	@Bean
	SecurityFilterChain sampleFilterChain(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/", "/index.html", "/favicon.ico", "/me", "/sample/**", "/error")
				.permitAll()
				.anyRequest()
				.authenticated())
			.with(BetterAuthHttpConfigurer.betterAuth(), Customizer.withDefaults())
			.build();
	}

}
