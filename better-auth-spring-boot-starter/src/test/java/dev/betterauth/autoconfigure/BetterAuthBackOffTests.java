package dev.betterauth.autoconfigure;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import dev.betterauth.core.account.AccountService;
import dev.betterauth.core.account.AccountStore;
import dev.betterauth.core.account.TokenCodec;
import dev.betterauth.core.cleanup.ExpiredRowsCleanup;
import dev.betterauth.core.crypto.TokenCipher;
import dev.betterauth.core.event.AuthEventPublisher;
import dev.betterauth.core.flow.FlowSettings;
import dev.betterauth.core.flow.IdTokenSignIn;
import dev.betterauth.core.flow.OAuthCallback;
import dev.betterauth.core.flow.RequestLimits;
import dev.betterauth.core.flow.SocialSignIn;
import dev.betterauth.core.flow.UserInfoLoader;
import dev.betterauth.core.provider.IdTokenVerifier;
import dev.betterauth.core.provider.OAuthProviders;
import dev.betterauth.core.provider.ProviderHttpClient;
import dev.betterauth.core.provider.UserInfoMappers;
import dev.betterauth.core.ratelimit.InMemoryRateLimitStore;
import dev.betterauth.core.ratelimit.JdbcRateLimitStore;
import dev.betterauth.core.ratelimit.RateLimitStore;
import dev.betterauth.core.ratelimit.RateLimiter;
import dev.betterauth.core.session.SessionService;
import dev.betterauth.core.session.SessionSettings;
import dev.betterauth.core.session.SessionStore;
import dev.betterauth.core.signin.LinkingSettings;
import dev.betterauth.core.signin.SignInService;
import dev.betterauth.core.token.AccessTokenService;
import dev.betterauth.core.token.AccountInfoService;
import dev.betterauth.core.token.RefreshLeaseStore;
import dev.betterauth.core.url.RedirectUrlPolicy;
import dev.betterauth.core.url.TrustedOrigins;
import dev.betterauth.core.user.UserStore;
import dev.betterauth.core.verification.VerificationStore;
import dev.betterauth.core.web.AccountController;
import dev.betterauth.core.web.AuthApiErrorResolver;
import dev.betterauth.core.web.AuthApiExceptionHandler;
import dev.betterauth.core.web.AuthCookies;
import dev.betterauth.core.web.ErrorExplanations;
import dev.betterauth.core.web.ErrorPageController;
import dev.betterauth.core.web.OAuthCallbackController;
import dev.betterauth.core.web.OkController;
import dev.betterauth.core.web.SessionController;
import dev.betterauth.core.web.SocialSignInController;
import dev.betterauth.core.web.TokenController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Every bean the starter defines backs off when the application defines its own: one case
 * per bean. Settings beans are readable by the application, and an application
 * {@code Clock} is used.
 */
class BetterAuthBackOffTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DataSourceAutoConfiguration.class, BetterAuthSchemaAutoConfiguration.class,
						DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
						BetterAuthAutoConfiguration.class, BetterAuthWebAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:back-off-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
				"better-auth.secret=back-off-secret-0123456789abcdef0123",
				"better-auth.base-url=https://app.example.com");

	static Stream<Class<?>> replaceableBeans() {
		return Stream.of(FlowSettings.class, SessionSettings.class, LinkingSettings.class, TokenCipher.class,
				TokenCodec.class, UserStore.class, AccountStore.class, SessionStore.class, VerificationStore.class,
				AuthEventPublisher.class, SessionService.class, AccountService.class, ProviderHttpClient.class,
				OAuthProviders.class, UserInfoMappers.class, RedirectUrlPolicy.class, SignInService.class,
				AccessTokenService.class, AccountInfoService.class, SocialSignIn.class, IdTokenVerifier.class,
				UserInfoLoader.class, IdTokenSignIn.class, OAuthCallback.class, AuthCookies.class,
				ErrorExplanations.class, SocialSignInController.class, OAuthCallbackController.class,
				SessionController.class, AccountController.class, TokenController.class, OkController.class,
				ErrorPageController.class, AuthApiExceptionHandler.class, BetterAuthSchemaMigration.class,
				RefreshLeaseStore.class, RequestLimits.class, AuthApiErrorResolver.class, TrustedOrigins.class,
				RateLimitStore.class, RateLimiter.class, ExpiredRowsCleanup.class);
	}

	@ParameterizedTest
	@MethodSource("replaceableBeans")
	<T> void backsOffForTheApplicationsOwnBean(Class<T> type) {
		T own = mock(type);
		this.runner.withBean("applications" + type.getSimpleName(), type, () -> own).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBeansOfType(type)).as(type.getSimpleName()).hasSize(1);
			assertThat(context.getBean(type)).isSameAs(own);
		});
	}

	@Test
	void theRequestGuardAndOriginCheckAreOnAndTheOriginCheckCanBeTurnedOffForTooling() {
		this.runner
			.run((context) -> assertThat(context).hasBean("betterAuthRequestGuard").hasBean("betterAuthOriginCheck"));
		this.runner.withPropertyValues("better-auth.advanced.disable-origin-check=true")
			.run((context) -> assertThat(context).hasBean("betterAuthRequestGuard")
				.doesNotHaveBean("betterAuthOriginCheck"));
	}

	@Test
	void rateLimitingIsOnByDefaultInMemoryAndCanBeTurnedOff() {
		this.runner.run((context) -> {
			assertThat(context).hasBean("betterAuthRateLimitFilter");
			assertThat(context.getBean(RateLimitStore.class)).isInstanceOf(InMemoryRateLimitStore.class);
		});
		this.runner.withPropertyValues("better-auth.rate-limit.storage=database")
			.run((context) -> assertThat(context.getBean(RateLimitStore.class)).isInstanceOf(JdbcRateLimitStore.class));
		this.runner.withPropertyValues("better-auth.rate-limit.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("betterAuthRateLimitFilter"));
		this.runner.withPropertyValues("better-auth.rate-limit.trusted-proxies=not-a-network")
			.run((context) -> assertThat(context).hasFailed());
		this.runner.withPropertyValues("better-auth.rate-limit.custom-rules[/x].max=0")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void expiredRowsAreCleanedUpOnAScheduleThatCanBeTurnedOff() {
		this.runner.run((context) -> assertThat(context).hasBean("betterAuthCleanupScheduler")
			.hasSingleBean(ExpiredRowsCleanup.class));
		this.runner.withPropertyValues("better-auth.cleanup.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("betterAuthCleanupScheduler"));
		this.runner.withPropertyValues("better-auth.cleanup.batch-size=0")
			.run((context) -> assertThat(context).hasFailed());
		this.runner.withPropertyValues("better-auth.cleanup.interval=10ms")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void settingsAreBeansTheApplicationCanRead() {
		this.runner.withPropertyValues("better-auth.session.expires-in=3d", "better-auth.account.linking.enabled=false")
			.run((context) -> {
				assertThat(context.getBean(SessionSettings.class).expiresIn()).hasDays(3);
				assertThat(context.getBean(LinkingSettings.class).enabled()).isFalse();
				assertThat(context.getBean(FlowSettings.class).redirectUri("github"))
					.isEqualTo("https://app.example.com/api/auth/callback/github");
			});
	}

	@Test
	void usesTheApplicationsClock() {
		Clock fixed = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
		this.runner.withBean(Clock.class, () -> fixed).run((context) -> {
			assertThat(context.getBean(ProviderHttpClient.class)).extracting("clock").isSameAs(fixed);
			assertThat(context.getBean(SessionService.class)).extracting("clock").isSameAs(fixed);
			assertThat(context.getBean(SignInService.class)).extracting("clock").isSameAs(fixed);
		});
	}

	@Test
	void aNegativeRefreshMarginFailsNamingTheKey() {
		this.runner.withPropertyValues("better-auth.account.refresh-margin=-1s").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("better-auth.account.refresh-margin");
		});
	}

}
