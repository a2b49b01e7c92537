package dev.betterauth.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import dev.betterauth.core.AuthJson;
import dev.betterauth.core.account.AccountService;
import dev.betterauth.core.account.AccountStore;
import dev.betterauth.core.account.JdbcAccountStore;
import dev.betterauth.core.account.TokenCodec;
import dev.betterauth.core.account.UserDeletion;
import dev.betterauth.core.cleanup.ExpiredRowsCleanup;
import dev.betterauth.core.crypto.TokenCipher;
import dev.betterauth.core.event.AuthEventPublisher;
import dev.betterauth.core.flow.FlowSettings;
import dev.betterauth.core.flow.IdTokenSignIn;
import dev.betterauth.core.flow.OAuthCallback;
import dev.betterauth.core.flow.RequestLimits;
import dev.betterauth.core.flow.SocialSignIn;
import dev.betterauth.core.flow.UserInfoLoader;
import dev.betterauth.core.metrics.AuthMetrics;
import dev.betterauth.core.provider.IdTokenVerifier;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthProviders;
import dev.betterauth.core.provider.ProviderHttpClient;
import dev.betterauth.core.provider.StandardUserInfoMapper;
import dev.betterauth.core.provider.UserInfoMapper;
import dev.betterauth.core.provider.UserInfoMappers;
import dev.betterauth.core.ratelimit.InMemoryRateLimitStore;
import dev.betterauth.core.ratelimit.JdbcRateLimitStore;
import dev.betterauth.core.ratelimit.RateLimitRule;
import dev.betterauth.core.ratelimit.RateLimitStore;
import dev.betterauth.core.ratelimit.RateLimiter;
import dev.betterauth.core.session.JdbcSessionStore;
import dev.betterauth.core.session.SessionService;
import dev.betterauth.core.session.SessionSettings;
import dev.betterauth.core.session.SessionStore;
import dev.betterauth.core.session.SessionTokens;
import dev.betterauth.core.signin.LinkingSettings;
import dev.betterauth.core.signin.SignInPolicy;
import dev.betterauth.core.signin.SignInService;
import dev.betterauth.core.signin.SignUpHook;
import dev.betterauth.core.token.AccessTokenService;
import dev.betterauth.core.token.AccountInfoService;
import dev.betterauth.core.token.JdbcRefreshLeaseStore;
import dev.betterauth.core.token.RefreshLeaseStore;
import dev.betterauth.core.url.RedirectUrlPolicy;
import dev.betterauth.core.url.TrustedOrigins;
import dev.betterauth.core.user.JdbcUserStore;
import dev.betterauth.core.user.UserService;
import dev.betterauth.core.user.UserStore;
import dev.betterauth.core.verification.JdbcVerificationStore;
import dev.betterauth.core.verification.VerificationStore;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * Better Auth's flow, linking rules, sessions and stores. Each bean backs off when the
 * application defines its own.
 */
@AutoConfiguration(after = { DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class },
		afterName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass({ JdbcClient.class, RestClient.class })
@ConditionalOnBean({ PlatformTransactionManager.class, DataSource.class })
@ConditionalOnBooleanProperty(name = "better-auth.enabled", matchIfMissing = true)
@EnableConfigurationProperties(BetterAuthProperties.class)
public final class BetterAuthAutoConfiguration {

	@Bean
	BetterAuthSettings betterAuthSettings(BetterAuthProperties properties) {
		return BetterAuthSettings.of(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	FlowSettings betterAuthFlowSettings(BetterAuthSettings settings) {
		return settings.flow();
	}

	@Bean
	@ConditionalOnMissingBean
	RequestLimits betterAuthRequestLimits(BetterAuthSettings settings) {
		return settings.limits();
	}

	@Bean
	@ConditionalOnMissingBean
	SessionSettings betterAuthSessionSettings(BetterAuthSettings settings) {
		return settings.session();
	}

	@Bean
	@ConditionalOnMissingBean
	LinkingSettings betterAuthLinkingSettings(BetterAuthSettings settings) {
		return settings.linking();
	}

	@Bean
	@ConditionalOnMissingBean
	TokenCipher betterAuthTokenCipher(BetterAuthSettings settings) {
		return settings.tokenCipher();
	}

	@Bean
	@ConditionalOnMissingBean
	TokenCodec betterAuthTokenCodec(TokenCipher cipher, BetterAuthProperties properties) {
		return properties.getAccount().isEncryptOauthTokens()
				? new CipherTokenCodec(cipher, properties.getAccount().isEncryptIdToken()) : TokenCodec.PLAIN;
	}

	@Bean
	@ConditionalOnMissingBean
	@DependsOnDatabaseInitialization
	UserStore betterAuthUserStore(DataSource dataSource) {
		return new JdbcUserStore(dataSource);
	}

	@Bean
	@ConditionalOnMissingBean
	@DependsOnDatabaseInitialization
	AccountStore betterAuthAccountStore(DataSource dataSource) {
		return new JdbcAccountStore(dataSource);
	}

	@Bean
	@ConditionalOnMissingBean
	@DependsOnDatabaseInitialization
	SessionStore betterAuthSessionStore(DataSource dataSource, BetterAuthProperties properties) {
		requireNoSecondaryStorage(properties);
		return new JdbcSessionStore(dataSource);
	}

	@Bean
	@ConditionalOnMissingBean
	@DependsOnDatabaseInitialization
	VerificationStore betterAuthVerificationStore(DataSource dataSource) {
		return new JdbcVerificationStore(dataSource);
	}

	@Bean
	@ConditionalOnMissingBean
	AuthEventPublisher betterAuthEventPublisher(ApplicationEventPublisher publisher) {
		return publisher::publishEvent;
	}

	@Bean
	@ConditionalOnMissingBean
	SessionService betterAuthSessionService(SessionStore sessions, SessionSettings settings,
			BetterAuthProperties properties, PlatformTransactionManager transactionManager, AuthEventPublisher events,
			ObjectProvider<Clock> clock) {
		return new SessionService(sessions, settings, new TransactionTemplate(transactionManager), events, clock(clock),
				properties.getSession().isHashTokens() ? SessionTokens.HASHED : SessionTokens.PLAIN);
	}

	@Bean
	@ConditionalOnMissingBean
	UserService betterAuthUserService(UserStore users, PlatformTransactionManager transactionManager,
			ObjectProvider<Clock> clock) {
		return new UserService(users, new TransactionTemplate(transactionManager), clock(clock));
	}

	@Bean
	@ConditionalOnMissingBean
	UserDeletion betterAuthUserDeletion(UserStore users, AccountStore accounts, SessionService sessions,
			AuthEventPublisher events, PlatformTransactionManager transactionManager) {
		return new UserDeletion(users, accounts, sessions, events, new TransactionTemplate(transactionManager));
	}

	@Bean
	@ConditionalOnMissingBean
	AccountService betterAuthAccountService(AccountStore accounts, LinkingSettings linking, AuthEventPublisher events,
			PlatformTransactionManager transactionManager) {
		return new AccountService(accounts, linking.allowUnlinkingAll(), events,
				new TransactionTemplate(transactionManager));
	}

	@Bean
	@ConditionalOnMissingBean
	ProviderHttpClient betterAuthProviderHttpClient(BetterAuthProperties properties,
			ObjectProvider<RestClient.Builder> builders, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<Clock> clock, ObjectProvider<ObservationRegistry> observations) {
		BetterAuthProperties.Http http = properties.getHttp();
		// A provider endpoint that redirects is misconfigured or hijacked: never follow.
		HttpClientSettings settings = new HttpClientSettings(HttpRedirects.DONT_FOLLOW, http.getConnectTimeout(),
				http.getReadTimeout(), sslBundle(http.getSslBundle(), sslBundles));
		// The JDK's HttpURLConnection: a blocking call on the request's own thread with a
		// real read timeout and kept-alive connections. The JDK HttpClient, with a read
		// timeout, goes through sendAsync and hands each call between threads, starting a
		// new one per call where the common pool has a single thread (two cores).
		ClientHttpRequestFactory requestFactory = new BufferedUrlConnectionRequestFactory(settings);
		// The application's builder, so its customizers (interceptors, observation)
		// apply.
		RestClient.Builder builder = builders.getIfAvailable(RestClient::builder).clone();
		return new ProviderHttpClient(builder.requestFactory(requestFactory).build(), AuthJson.mapper(), clock(clock),
				observations.getIfAvailable(() -> ObservationRegistry.NOOP));
	}

	private static @Nullable SslBundle sslBundle(@Nullable String name, ObjectProvider<SslBundles> sslBundles) {
		if (name == null) {
			return null;
		}
		SslBundles bundles = sslBundles.getIfAvailable();
		if (bundles == null) {
			throw new InvalidConfigurationPropertyValueException("better-auth.http.ssl-bundle", name,
					"No SSL bundles are configured (spring.ssl.bundle.*)");
		}
		try {
			return bundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw new InvalidConfigurationPropertyValueException("better-auth.http.ssl-bundle", name,
					"No SSL bundle with this name is configured under spring.ssl.bundle.*");
		}
	}

	@Bean
	@ConditionalOnMissingBean
	OAuthProviders betterAuthProviders(BetterAuthSettings settings, ProviderHttpClient http,
			ObjectProvider<Clock> clock) {
		return new OAuthProviders(settings.providers()
			.stream()
			.map((registration) -> new OAuthProvider(registration, http::fetchJson, clock(clock)))
			.toList());
	}

	@Bean
	@ConditionalOnMissingBean
	UserInfoMappers betterAuthUserInfoMappers(ObjectProvider<UserInfoMapper> mappers) {
		return new UserInfoMappers(mappers.orderedStream().toList(), new StandardUserInfoMapper());
	}

	@Bean
	@ConditionalOnMissingBean
	RedirectUrlPolicy betterAuthRedirectUrlPolicy(BetterAuthSettings settings) {
		return new RedirectUrlPolicy(settings.trustedOrigins());
	}

	@Bean
	@ConditionalOnMissingBean
	TrustedOrigins betterAuthTrustedOrigins(BetterAuthSettings settings) {
		return new TrustedOrigins(settings.trustedOrigins());
	}

	@Bean
	@ConditionalOnMissingBean
	SignInService betterAuthSignInService(UserStore users, AccountStore accounts, SessionService sessions,
			SessionStore sessionStore, LinkingSettings linking, ObjectProvider<SignInPolicy> policies,
			ObjectProvider<SignUpHook> signUpHooks, AuthEventPublisher events, TokenCodec tokenCodec,
			PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock) {
		return new SignInService(users, accounts, sessions, sessionStore, linking, policies.orderedStream().toList(),
				signUpHooks.orderedStream().toList(), events, tokenCodec, new TransactionTemplate(transactionManager),
				clock(clock));
	}

	@Bean
	@ConditionalOnMissingBean
	@DependsOnDatabaseInitialization
	ExpiredRowsCleanup betterAuthExpiredRowsCleanup(DataSource dataSource, BetterAuthProperties properties,
			ObjectProvider<Clock> clock) {
		BetterAuthProperties.Cleanup cleanup = properties.getCleanup();
		if (cleanup.getBatchSize() < 1 || cleanup.getBatchSize() > 10_000) {
			throw new InvalidConfigurationPropertyValueException("better-auth.cleanup.batch-size",
					cleanup.getBatchSize(), "Must be between 1 and 10000.");
		}
		if (cleanup.getInterval() == null || cleanup.getInterval().compareTo(Duration.ofSeconds(1)) < 0) {
			throw new InvalidConfigurationPropertyValueException("better-auth.cleanup.interval", cleanup.getInterval(),
					"Must be at least one second.");
		}
		// At most 100 batches per table and run: a backlog is worked off over several
		// runs.
		return new ExpiredRowsCleanup(dataSource, cleanup.getBatchSize(), 100, clock(clock));
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "better-auth.cleanup.enabled", matchIfMissing = true)
	CleanupScheduler betterAuthCleanupScheduler(ExpiredRowsCleanup cleanup, BetterAuthProperties properties) {
		return new CleanupScheduler(cleanup, properties.getCleanup().getInterval());
	}

	@Bean
	@ConditionalOnMissingBean
	@DependsOnDatabaseInitialization
	RateLimitStore betterAuthRateLimitStore(BetterAuthProperties properties, DataSource dataSource) {
		BetterAuthProperties.RateLimit.Storage storage = properties.getRateLimit().getStorage();
		if (storage == BetterAuthProperties.RateLimit.Storage.SECONDARY_STORAGE) {
			throw new InvalidConfigurationPropertyValueException("better-auth.rate-limit.storage", storage,
					"Rate limiting in secondary storage needs better-auth.secondary-storage=redis");
		}
		return (storage == BetterAuthProperties.RateLimit.Storage.DATABASE) ? new JdbcRateLimitStore(dataSource)
				: new InMemoryRateLimitStore();
	}

	@Bean
	@ConditionalOnMissingBean
	RateLimiter betterAuthRateLimiter(RateLimitStore store, BetterAuthProperties properties,
			ObjectProvider<Clock> clock, ObjectProvider<AuthMetrics> metrics) {
		BetterAuthProperties.RateLimit rateLimit = properties.getRateLimit();
		Map<String, RateLimitRule> rules = new LinkedHashMap<>();
		rateLimit.getCustomRules()
			.forEach((path, rule) -> rules.put(path,
					rule(path, "better-auth.rate-limit.custom-rules[" + path + "]", rule.getWindow(), rule.getMax())));
		RateLimiter limiter = new RateLimiter(store,
				rule("default", "better-auth.rate-limit", rateLimit.getWindow(), rateLimit.getMax()), rules,
				clock(clock));
		metrics.ifAvailable(limiter::setMetrics);
		return limiter;
	}

	private static RateLimitRule rule(String path, String property, Duration window, int max) {
		if (window == null || window.isNegative() || window.isZero() || max < 1) {
			throw new InvalidConfigurationPropertyValueException(property, path,
					"A rule needs a positive window and a max of at least 1.");
		}
		return new RateLimitRule(window, max);
	}

	@Bean
	@ConditionalOnMissingBean
	@DependsOnDatabaseInitialization
	RefreshLeaseStore betterAuthRefreshLeaseStore(DataSource dataSource) {
		return new JdbcRefreshLeaseStore(dataSource);
	}

	@Bean
	@ConditionalOnMissingBean
	AccessTokenService betterAuthAccessTokens(AccountStore accounts, OAuthProviders providers, ProviderHttpClient http,
			TokenCodec tokenCodec, RefreshLeaseStore leases, BetterAuthProperties properties,
			PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock,
			ObjectProvider<AuthMetrics> metrics) {
		BetterAuthProperties.Http timeouts = properties.getHttp();
		// Longer than a provider call can take, so a live holder never loses its lease.
		Duration leaseTimeToLive = timeouts.getConnectTimeout().plus(timeouts.getReadTimeout()).multipliedBy(2);
		AccessTokenService tokens = new AccessTokenService(accounts, providers, http, tokenCodec, leases,
				properties.getAccount().getRefreshMargin(), leaseTimeToLive,
				new TransactionTemplate(transactionManager), clock(clock));
		metrics.ifAvailable(tokens::setMetrics);
		return tokens;
	}

	@Bean
	@ConditionalOnMissingBean
	AccountInfoService betterAuthAccountInfo(AccessTokenService tokens, OAuthProviders providers,
			UserInfoLoader userInfo) {
		return new AccountInfoService(tokens, providers, userInfo);
	}

	@Bean
	@ConditionalOnMissingBean
	SocialSignIn betterAuthSocialSignIn(OAuthProviders providers, VerificationStore verifications,
			RedirectUrlPolicy redirectUrls, FlowSettings settings, RequestLimits limits, ObjectProvider<Clock> clock) {
		return new SocialSignIn(providers, verifications, redirectUrls, settings, limits, AuthJson.mapper(),
				clock(clock));
	}

	@Bean
	@ConditionalOnMissingBean
	IdTokenVerifier betterAuthIdTokenVerifier(ProviderHttpClient http, ObjectProvider<Clock> clock) {
		return new IdTokenVerifier(http::fetchText, clock(clock), IdTokenVerifier.DEFAULT_CLOCK_SKEW);
	}

	@Bean
	@ConditionalOnMissingBean
	UserInfoLoader betterAuthUserInfoLoader(ProviderHttpClient http, UserInfoMappers mappers,
			IdTokenVerifier idTokens) {
		return new UserInfoLoader(http, mappers, idTokens);
	}

	@Bean
	@ConditionalOnMissingBean
	IdTokenSignIn betterAuthIdTokenSignIn(OAuthProviders providers, UserInfoLoader userInfo, SignInService signIn,
			ObjectProvider<Clock> clock, ObjectProvider<AuthMetrics> metrics) {
		IdTokenSignIn idTokenSignIn = new IdTokenSignIn(providers, userInfo, signIn, clock(clock));
		metrics.ifAvailable(idTokenSignIn::setMetrics);
		return idTokenSignIn;
	}

	@Bean
	@ConditionalOnMissingBean
	OAuthCallback betterAuthOAuthCallback(OAuthProviders providers, VerificationStore verifications,
			ProviderHttpClient http, UserInfoLoader userInfo, SignInService signIn, FlowSettings settings,
			ObjectProvider<Clock> clock, ObjectProvider<AuthMetrics> metrics) {
		OAuthCallback callback = new OAuthCallback(providers, verifications, http, userInfo, signIn, settings,
				AuthJson.mapper(), clock(clock));
		metrics.ifAvailable(callback::setMetrics);
		return callback;
	}

	/**
	 * Fails start-up when secondary storage is asked for but could not be set up, rather
	 * than silently keeping everything in the database.
	 */
	private static void requireNoSecondaryStorage(BetterAuthProperties properties) {
		if (properties.getSecondaryStorage() != BetterAuthProperties.SecondaryStorage.NONE) {
			throw new InvalidConfigurationPropertyValueException("better-auth.secondary-storage",
					properties.getSecondaryStorage(),
					"Redis secondary storage needs Spring Data Redis on the classpath "
							+ "(spring-boot-starter-data-redis) and a StringRedisTemplate bean");
		}
	}

	/** The application's {@code Clock} bean, when it defines one (tests often do). */
	private static Clock clock(ObjectProvider<Clock> clock) {
		return clock.getIfAvailable(Clock::systemUTC);
	}

}
