package dev.betterauth.autoconfigure.security;

import dev.betterauth.core.web.BetterAuthSessions;

import org.springframework.context.ApplicationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Applies Better Auth sessions to an application's own {@code SecurityFilterChain}:
 * requests with a valid session (cookie or bearer token) are authenticated as
 * {@link BetterAuthAuthentication}, and requests that need authentication and have none
 * are answered 401, not redirected to a login form.
 *
 * <pre>
 * &#64;Bean
 * SecurityFilterChain app(HttpSecurity http) throws Exception {
 *     return http.authorizeHttpRequests((requests) -&gt; requests
 *             .requestMatchers("/admin/**").hasRole("ADMIN")
 *             .anyRequest().authenticated())
 *         .with(BetterAuthHttpConfigurer.betterAuth(), Customizer.withDefaults())
 *         .build();
 * }
 * </pre>
 *
 * The auth API itself needs nothing here: the starter serves it through a filter chain of
 * its own, ahead of the application's.
 */
public final class BetterAuthHttpConfigurer extends AbstractHttpConfigurer<BetterAuthHttpConfigurer, HttpSecurity> {

	private boolean unauthorizedEntryPoint = true;

	private BetterAuthHttpConfigurer() {
	}

	/**
	 * A configurer to apply with
	 * {@code http.with(betterAuth(), Customizer.withDefaults())}.
	 * @return the configurer
	 */
	public static BetterAuthHttpConfigurer betterAuth() {
		return new BetterAuthHttpConfigurer();
	}

	/**
	 * Keep the chain's own entry point (a login page, say) instead of answering 401.
	 * @return this configurer
	 */
	public BetterAuthHttpConfigurer keepEntryPoint() {
		this.unauthorizedEntryPoint = false;
		return this;
	}

	@Override
	public void init(HttpSecurity http) {
		if (this.unauthorizedEntryPoint) {
			http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(new UnauthorizedEntryPoint()));
		}
	}

	@Override
	public void configure(HttpSecurity http) {
		ApplicationContext context = http.getSharedObject(ApplicationContext.class);
		SessionAuthorities authorities = context.getBeanProvider(SessionAuthorities.class)
			.getIfAvailable(() -> SessionAuthorities.USER);
		BetterAuthAuthenticationFilter filter = new BetterAuthAuthenticationFilter(
				context.getBean(BetterAuthSessions.class), authorities);
		http.addFilterBefore(postProcess(filter), AnonymousAuthenticationFilter.class);
	}

}
