package dev.betterauth.autoconfigure;

import java.time.Clock;
import java.util.List;

import dev.betterauth.core.account.AccountService;
import dev.betterauth.core.account.UserDeletion;
import dev.betterauth.core.cookiecache.SessionCookieCache;
import dev.betterauth.core.crypto.CookieSigner;
import dev.betterauth.core.flow.FlowSettings;
import dev.betterauth.core.flow.IdTokenSignIn;
import dev.betterauth.core.flow.OAuthCallback;
import dev.betterauth.core.flow.SocialSignIn;
import dev.betterauth.core.ratelimit.RateLimiter;
import dev.betterauth.core.session.SessionService;
import dev.betterauth.core.session.SessionSettings;
import dev.betterauth.core.token.AccessTokenService;
import dev.betterauth.core.token.AccountInfoService;
import dev.betterauth.core.url.TrustedOrigins;
import dev.betterauth.core.user.UserService;
import dev.betterauth.core.web.AccountController;
import dev.betterauth.core.web.AuthApiErrorResolver;
import dev.betterauth.core.web.AuthApiExceptionHandler;
import dev.betterauth.core.web.AuthCookies;
import dev.betterauth.core.web.AuthRequestGuard;
import dev.betterauth.core.web.AuthSessionArgumentResolver;
import dev.betterauth.core.web.BetterAuthSessions;
import dev.betterauth.core.web.ClientAddresses;
import dev.betterauth.core.web.ErrorExplanations;
import dev.betterauth.core.web.ErrorPageController;
import dev.betterauth.core.web.OAuthCallbackController;
import dev.betterauth.core.web.OkController;
import dev.betterauth.core.web.OriginCheck;
import dev.betterauth.core.web.RateLimitFilter;
import dev.betterauth.core.web.SessionController;
import dev.betterauth.core.web.SessionRequiredAdvice;
import dev.betterauth.core.web.SocialSignInController;
import dev.betterauth.core.web.TokenController;
import dev.betterauth.core.web.UserController;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The HTTP API under {@code better-auth.base-path}.
 */
@AutoConfiguration(after = BetterAuthAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnBean(SocialSignIn.class)
public final class BetterAuthWebAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AuthCookies betterAuthCookies(BetterAuthSettings settings, BetterAuthProperties properties,
			ObjectProvider<Clock> clock) {
		BetterAuthProperties.Session.CookieCache cache = properties.getSession().getCookieCache();
		SessionCookieCache cookieCache = cache.isEnabled() ? new SessionCookieCache(cache.getStrategy(),
				settings.secret(), cache.getMaxAge(), cache.getVersion(), clock.getIfAvailable(Clock::systemUTC))
				: null;
		return new AuthCookies(new CookieSigner(settings.secret()), settings.secure(), cookieCache);
	}

	/**
	 * Ahead of every other filter that may read parameters (Spring Security's included),
	 * after the character encoding is set.
	 */
	@Bean
	@ConditionalOnMissingBean(name = "betterAuthRequestGuard")
	FilterRegistrationBean<AuthRequestGuard> betterAuthRequestGuard(BetterAuthProperties properties,
			FlowSettings flow) {
		FilterRegistrationBean<AuthRequestGuard> registration = new FilterRegistrationBean<>(
				new AuthRequestGuard(properties.getLimits().getMaxBodySize().toBytes(), flow));
		registration.addUrlPatterns(flow.basePath() + "/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/** After the request guard, before the origin check: limited requests cost little. */
	@Bean
	@ConditionalOnMissingBean(name = "betterAuthRateLimitFilter")
	@Conditional(OnRateLimitEnabledCondition.class)
	FilterRegistrationBean<RateLimitFilter> betterAuthRateLimitFilter(RateLimiter limiter,
			BetterAuthProperties properties, FlowSettings flow) {
		ClientAddresses clients;
		try {
			clients = new ClientAddresses(properties.getRateLimit().getTrustedProxies());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException("better-auth.rate-limit.trusted-proxies",
					properties.getRateLimit().getTrustedProxies(), ex.getMessage());
		}
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(limiter, clients, flow));
		registration.addUrlPatterns(flow.basePath() + "/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
		return registration;
	}

	/** After the request guard, before any endpoint acts. */
	@Bean
	@ConditionalOnMissingBean(name = "betterAuthOriginCheck")
	@ConditionalOnBooleanProperty(name = "better-auth.advanced.disable-origin-check", havingValue = false,
			matchIfMissing = true)
	FilterRegistrationBean<OriginCheck> betterAuthOriginCheck(TrustedOrigins trusted, FlowSettings flow) {
		FilterRegistrationBean<OriginCheck> registration = new FilterRegistrationBean<>(new OriginCheck(trusted, flow));
		registration.addUrlPatterns(flow.basePath() + "/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	@ConditionalOnMissingBean
	BetterAuthSessions betterAuthSessions(SessionService sessions, AuthCookies cookies) {
		return new BetterAuthSessions(sessions, cookies);
	}

	/** {@code AuthSession} and {@code Optional<AuthSession>} controller arguments. */
	@Bean
	WebMvcConfigurer betterAuthSessionArguments(BetterAuthSessions sessions) {
		return new WebMvcConfigurer() {

			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new AuthSessionArgumentResolver(sessions));
			}

		};
	}

	@Bean
	@ConditionalOnMissingBean
	SessionRequiredAdvice betterAuthSessionRequiredAdvice() {
		return new SessionRequiredAdvice();
	}

	@Bean
	@ConditionalOnMissingBean
	AuthApiErrorResolver betterAuthApiErrorResolver(FlowSettings flow) {
		return new AuthApiErrorResolver(flow);
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorExplanations betterAuthErrorExplanations() {
		return new ErrorExplanations(BetterAuthWebAutoConfiguration.class.getClassLoader());
	}

	@Bean
	@ConditionalOnMissingBean
	SocialSignInController betterAuthSocialSignInController(SocialSignIn signIn, IdTokenSignIn idTokenSignIn,
			AuthCookies cookies, SessionSettings settings) {
		return new SocialSignInController(signIn, idTokenSignIn, cookies, settings);
	}

	@Bean
	@ConditionalOnMissingBean
	OAuthCallbackController betterAuthCallbackController(OAuthCallback callback, AuthCookies cookies,
			FlowSettings flowSettings, SessionSettings sessionSettings) {
		return new OAuthCallbackController(callback, cookies, flowSettings, sessionSettings);
	}

	@Bean
	@ConditionalOnMissingBean
	SessionController betterAuthSessionController(SessionService sessions, AuthCookies cookies) {
		return new SessionController(sessions, cookies);
	}

	@Bean
	@ConditionalOnMissingBean
	AccountController betterAuthAccountController(SocialSignIn signIn, AccountService accounts, SessionService sessions,
			AuthCookies cookies) {
		return new AccountController(signIn, accounts, sessions, cookies);
	}

	@Bean
	@ConditionalOnMissingBean
	TokenController betterAuthTokenController(AccessTokenService tokens, AccountInfoService accountInfo,
			SessionService sessions, AuthCookies cookies) {
		return new TokenController(tokens, accountInfo, sessions, cookies);
	}

	@Bean
	@ConditionalOnMissingBean
	UserController betterAuthUserController(UserService users, UserDeletion deletion, BetterAuthProperties properties,
			SessionService sessions, AuthCookies cookies) {
		return new UserController(users, deletion, properties.getUser().getDelete().isEnabled(), sessions, cookies);
	}

	@Bean
	@ConditionalOnMissingBean
	OkController betterAuthOkController() {
		return new OkController();
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorPageController betterAuthErrorPageController(ErrorExplanations explanations) {
		return new ErrorPageController(explanations);
	}

	@Bean
	@ConditionalOnMissingBean
	AuthApiExceptionHandler betterAuthApiExceptionHandler() {
		return new AuthApiExceptionHandler();
	}

}
