package dev.betterauth.autoconfigure;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.betterauth.core.account.AccountStore;
import dev.betterauth.core.account.JdbcAccountStore;
import dev.betterauth.core.account.TokenCodec;
import dev.betterauth.core.crypto.TokenCipher;
import dev.betterauth.core.flow.OAuthCallback;
import dev.betterauth.core.flow.SocialSignIn;
import dev.betterauth.core.provider.ClientAuthentication;
import dev.betterauth.core.provider.OAuthProviders;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderHttpClient;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoMapper;
import dev.betterauth.core.provider.UserInfoMappers;
import dev.betterauth.core.session.JdbcSessionStore;
import dev.betterauth.core.session.SessionService;
import dev.betterauth.core.session.SessionStore;
import dev.betterauth.core.user.JdbcUserStore;
import dev.betterauth.core.user.UserStore;
import dev.betterauth.core.verification.VerificationStore;
import dev.betterauth.core.web.AuthCookies;
import dev.betterauth.core.web.SessionController;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Every condition and property of the auto-configuration.
 */
class BetterAuthAutoConfigurationTests {

	private static final String SECRET = "better-auth.secret=context-runner-secret-0123456789abcdef";

	private static final String BASE_URL = "better-auth.base-url=https://app.example.com";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DataSourceAutoConfiguration.class, BetterAuthSchemaAutoConfiguration.class,
						DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
						BetterAuthAutoConfiguration.class, BetterAuthWebAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:runner-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

	private final WebApplicationContextRunner webRunner = new WebApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DataSourceAutoConfiguration.class, BetterAuthSchemaAutoConfiguration.class,
						DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
						BetterAuthAutoConfiguration.class, BetterAuthWebAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:web-runner-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

	@Test
	void bindsDefaultsAndCreatesTheFlowAndStores() {
		this.runner.withPropertyValues(SECRET, BASE_URL).run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(SocialSignIn.class)
				.hasSingleBean(OAuthCallback.class)
				.hasSingleBean(SessionService.class)
				.hasSingleBean(UserStore.class)
				.hasSingleBean(AccountStore.class)
				.hasSingleBean(SessionStore.class)
				.hasSingleBean(VerificationStore.class)
				.hasSingleBean(BetterAuthSchemaMigration.class)
				.doesNotHaveBean(SessionController.class);
			BetterAuthProperties properties = context.getBean(BetterAuthProperties.class);
			assertThat(properties.getBasePath()).isEqualTo("/api/auth");
			assertThat(properties.getSession().getExpiresIn()).isEqualTo(Duration.ofDays(7));
			assertThat(properties.getSession().getUpdateAge()).isEqualTo(Duration.ofDays(1));
			assertThat(properties.getHttp().getConnectTimeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(properties.getHttp().getReadTimeout()).isEqualTo(Duration.ofSeconds(10));
			assertThat(properties.getSchema().isMigrate()).isTrue();
			BetterAuthSettings settings = context.getBean(BetterAuthSettings.class);
			assertThat(settings.secure()).isTrue();
			assertThat(settings.flow().redirectUri("github"))
				.isEqualTo("https://app.example.com/api/auth/callback/github");
			assertThat(settings.flow().errorUrl()).isEqualTo("https://app.example.com/api/auth/error");
			assertThat(settings.trustedOrigins()).containsExactly("https://app.example.com");
		});
	}

	@Test
	void bindsEveryProviderKey() {
		this.runner.withPropertyValues(SECRET, BASE_URL, "better-auth.base-path=/auth/",
				"better-auth.trusted-origins=https://a.example,https://*.b.example",
				"better-auth.error-url=/sign-in-failed", "better-auth.session.expires-in=2h",
				"better-auth.session.update-age=30m", "better-auth.providers.acme.client-id=acme-id",
				"better-auth.providers.acme.client-secret=acme-secret",
				"better-auth.providers.acme.auth-url=https://id.acme.example/authorize",
				"better-auth.providers.acme.token-url=https://id.acme.example/token",
				"better-auth.providers.acme.user-info-url=https://id.acme.example/me",
				"better-auth.providers.acme.scopes=read,write", "better-auth.providers.acme.pkce=false",
				"better-auth.providers.acme.authentication=basic",
				"better-auth.providers.acme.access-token-expires-in=1h", "better-auth.providers.corp.client-id=corp-id",
				"better-auth.providers.corp.issuer=https://login.corp.example")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				BetterAuthSettings settings = context.getBean(BetterAuthSettings.class);
				assertThat(settings.flow().redirectUri("acme")).isEqualTo("https://app.example.com/auth/callback/acme");
				assertThat(settings.flow().errorUrl()).isEqualTo("/sign-in-failed");
				assertThat(settings.session().expiresIn()).isEqualTo(Duration.ofHours(2));
				assertThat(settings.session().updateAge()).isEqualTo(Duration.ofMinutes(30));
				assertThat(settings.trustedOrigins()).containsExactly("https://app.example.com", "https://a.example",
						"https://*.b.example");
				ProviderRegistration acme = settings.providers().get(0);
				assertThat(acme.id()).isEqualTo("acme");
				assertThat(acme.clientSecret()).isEqualTo("acme-secret");
				assertThat(acme.userInfoUri()).hasToString("https://id.acme.example/me");
				assertThat(acme.scopes()).containsExactly("read", "write");
				assertThat(acme.pkce()).isFalse();
				assertThat(acme.clientAuthentication()).isEqualTo(ClientAuthentication.BASIC);
				assertThat(acme.accessTokenExpiresIn()).isEqualTo(Duration.ofHours(1));
				assertThat(acme.openId()).isFalse();
				ProviderRegistration corp = settings.providers().get(1);
				assertThat(corp.openId()).isTrue();
				assertThat(corp.needsDiscovery()).isTrue();
				assertThat(corp.discoveryLocation())
					.hasToString("https://login.corp.example/.well-known/openid-configuration");
				assertThat(context.getBean(OAuthProviders.class).find("corp")).isPresent();
			});
	}

	@Test
	void providerWhoseDiscoveryIsDownDoesNotStopTheApplication() {
		this.runner
			.withPropertyValues(SECRET, BASE_URL, "better-auth.providers.down.client-id=x",
					"better-auth.providers.down.discovery-url=http://127.0.0.1:9/.well-known/openid-configuration")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void missingSecretFailsNamingTheProperty() {
		this.runner.withPropertyValues(BASE_URL)
			.run((context) -> assertFailure(context, "better-auth.secret", "BETTER_AUTH_SECRET"));
	}

	@Test
	void shortSecretFailsWithoutShowingIt() {
		this.runner.withPropertyValues(BASE_URL, "better-auth.secret=too-short-secret").run((context) -> {
			assertFailure(context, "better-auth.secret", "at least 32");
			assertThat(context.getStartupFailure()).rootCause().message().doesNotContain("too-short-secret");
		});
	}

	@Test
	void invalidSettingsFailNamingTheKey() {
		Map<String, String> cases = Map.of("better-auth.base-url=", "better-auth.base-url",
				"better-auth.base-url=app.example.com", "better-auth.base-url", "better-auth.base-path=api",
				"better-auth.base-path", "better-auth.trusted-origins=nope", "better-auth.trusted-origins[0]",
				"better-auth.session.expires-in=0s", "better-auth.session.expires-in",
				"better-auth.providers.x.auth-url=https://a.example/a", "better-auth.providers.x.client-id",
				"better-auth.providers[bad.id].client-id=x", "better-auth.providers");
		cases.forEach((property, key) -> {
			ApplicationContextRunner runner = this.runner.withPropertyValues(SECRET, BASE_URL, property);
			runner.run((context) -> assertFailure(context, key, ""));
		});
	}

	@Test
	void malformedProviderUrlsFailNamingTheKey() {
		for (String key : List.of("auth-url", "token-url", "user-info-url", "discovery-url", "issuer", "jwks-url")) {
			this.runner
				.withPropertyValues(SECRET, BASE_URL, "better-auth.providers.x.client-id=id",
						"better-auth.providers.x.auth-url=https://a.example/a",
						"better-auth.providers.x.token-url=https://a.example/t",
						"better-auth.providers.x." + key + "=not a url")
				.run((context) -> assertFailure(context, "better-auth.providers.x." + key, ""));
		}
		this.runner
			.withPropertyValues(SECRET, BASE_URL, "better-auth.providers.x.client-id=id",
					"better-auth.providers.x.auth-url=https://a.example/a")
			.run((context) -> assertFailure(context, "better-auth.providers.x.token-url", ""));
		// Keys without an issuer could not check whose id_token it is.
		this.runner
			.withPropertyValues(SECRET, BASE_URL, "better-auth.providers.x.client-id=id",
					"better-auth.providers.x.auth-url=https://a.example/a",
					"better-auth.providers.x.token-url=https://a.example/t",
					"better-auth.providers.x.jwks-url=https://a.example/jwks")
			.run((context) -> assertFailure(context, "better-auth.providers.x.jwks-url", "issuer"));
	}

	@Test
	void rotatedSecretsEncryptWithTheNewestAndStillReadOlderValues() {
		String legacy = "context-runner-secret-0123456789abcdef";
		String v1 = "rotation-secret-version-one-0123456789";
		String v2 = "rotation-secret-version-two-0123456789";
		this.runner
			.withPropertyValues("better-auth.secret=" + legacy, BASE_URL, "better-auth.secrets[0].version=2",
					"better-auth.secrets[0].value=" + v2, "better-auth.secrets[1].version=1",
					"better-auth.secrets[1].value=" + v1)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				TokenCodec codec = context.getBean(TokenCodec.class);
				String sealed = codec.seal("provider-token");
				assertThat(sealed).startsWith("$ba$2$");
				assertThat(codec.open(sealed)).isEqualTo("provider-token");
				assertThat(codec
					.open(new TokenCipher(List.of(new TokenCipher.VersionedSecret(1, v1)), null).encrypt("older")))
					.isEqualTo("older");
				assertThat(codec.open(new TokenCipher(legacy).encrypt("legacy"))).isEqualTo("legacy");
				assertThat(codec.open("plain-row-from-an-old-deployment"))
					.isEqualTo("plain-row-from-an-old-deployment");
				assertThat(context.getBean(BetterAuthSettings.class).secret()).as("cookies use the newest")
					.isEqualTo(v2);
			});
	}

	@Test
	void secretsAreValidated() {
		this.runner
			.withPropertyValues(BASE_URL, "better-auth.secrets[0].version=1", "better-auth.secrets[0].value=short")
			.run((context) -> assertFailure(context, "better-auth.secrets[0].value", "32"));
		this.runner
			.withPropertyValues(BASE_URL, "better-auth.secrets[0].version=1",
					"better-auth.secrets[0].value=rotation-secret-version-one-0123456789",
					"better-auth.secrets[1].version=1",
					"better-auth.secrets[1].value=rotation-secret-version-two-0123456789")
			.run((context) -> assertFailure(context, "better-auth.secrets[1].version", "own"));
	}

	@Test
	void tokenEncryptionCanBeTurnedOff() {
		this.runner.withPropertyValues(SECRET, BASE_URL, "better-auth.account.encrypt-oauth-tokens=false")
			.run((context) -> assertThat(context.getBean(TokenCodec.class).seal("t")).isEqualTo("t"));
	}

	@Test
	void disabledBacksOffEntirely() {
		this.runner.withPropertyValues("better-auth.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(SocialSignIn.class)
				.doesNotHaveBean(BetterAuthSchemaMigration.class);
			assertThat(new JdbcTemplate(context.getBean(DataSource.class)).queryForObject(
					"select count(*) from information_schema.tables where table_name = 'session'", Integer.class))
				.isZero();
		});
	}

	@Test
	void schemaMigrationCanBeTurnedOff() {
		this.runner.withPropertyValues(SECRET, BASE_URL, "better-auth.schema.migrate=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(BetterAuthSchemaMigration.class));
	}

	@Test
	void migrationsUseTheirOwnHistoryTable() {
		this.runner.withPropertyValues(SECRET, BASE_URL, "better-auth.schema.history-table=ba_history")
			.run((context) -> assertThat(new JdbcTemplate(context.getBean(DataSource.class)).queryForObject(
					"select count(*) from \"ba_history\" where \"version\" = '1' and \"success\" = true",
					Integer.class))
				.isEqualTo(1));
	}

	@Test
	void applicationBeansWin() {
		SessionStore sessions = mock(SessionStore.class);
		this.runner.withPropertyValues(SECRET, BASE_URL)
			.withBean(SessionStore.class, () -> sessions)
			.withUserConfiguration(CustomMapper.class)
			.run((context) -> {
				assertThat(context).getBean(SessionStore.class).isSameAs(sessions);
				UserInfoMappers mappers = context.getBean(UserInfoMappers.class);
				assertThat(mappers.forProvider(registration("special")))
					.isSameAs(context.getBean(UserInfoMapper.class));
				assertThat(mappers.isStandard(registration("other"))).isTrue();
			});
	}

	@Test
	void usesTheApplicationsRestClientBuilder() throws Exception {
		AtomicInteger intercepted = new AtomicInteger();
		RestClient.Builder builder = RestClient.builder().requestInterceptor((request, body, execution) -> {
			intercepted.incrementAndGet();
			return execution.execute(request, body);
		});
		try (mockwebserver3.MockWebServer server = new mockwebserver3.MockWebServer()) {
			server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).body("{\"keys\":[]}").build());
			server.start(InetAddress.getLoopbackAddress(), 0);
			this.runner.withPropertyValues(SECRET, BASE_URL)
				.withBean(RestClient.Builder.class, () -> builder)
				.run((context) -> {
					assertThat(context.getBean(ProviderHttpClient.class).fetchText(server.url("/jwks").uri()))
						.isEqualTo("{\"keys\":[]}");
					assertThat(intercepted).as("the application's builder (and its interceptor) is used").hasValue(1);
				});
		}
	}

	@Test
	void webApplicationsGetTheHttpApi() {
		this.webRunner.withPropertyValues(SECRET, "better-auth.base-url=http://localhost:8080").run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(SessionController.class).hasSingleBean(AuthCookies.class);
			assertThat(context.getBean(AuthCookies.class).sessionToken()).isEqualTo("better-auth.session_token");
		});
	}

	@Test
	void withoutADataSourceNothingIsConfigured() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(BetterAuthAutoConfiguration.class, BetterAuthWebAutoConfiguration.class))
			.withPropertyValues(SECRET, BASE_URL)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SocialSignIn.class));
	}

	@Test
	void withoutJpaTheStoresArePlainJdbc() {
		this.runner.withPropertyValues(SECRET, BASE_URL).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(EntityManagerFactory.class);
			assertThat(context.getBean(UserStore.class)).isInstanceOf(JdbcUserStore.class);
			assertThat(context.getBean(AccountStore.class)).isInstanceOf(JdbcAccountStore.class);
			assertThat(context.getBean(SessionStore.class)).isInstanceOf(JdbcSessionStore.class);
		});
	}

	private static void assertFailure(AssertableApplicationContext context, String property, String text) {
		assertThat(context).hasFailed();
		Throwable failure = context.getStartupFailure();
		while (failure != null && !(failure instanceof InvalidConfigurationPropertyValueException)) {
			failure = failure.getCause();
		}
		assertThat(failure).as("an InvalidConfigurationPropertyValueException naming " + property)
			.isInstanceOf(InvalidConfigurationPropertyValueException.class);
		assertThat(((InvalidConfigurationPropertyValueException) failure).getName()).isEqualTo(property);
		assertThat(failure.getMessage()).contains(text);
	}

	private static ProviderRegistration registration(String id) {
		return ProviderRegistration.builder(id)
			.clientId("client")
			.authorizationUri("https://idp.example.com/authorize")
			.tokenUri("https://idp.example.com/token")
			.build();
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomMapper {

		@Bean
		UserInfoMapper specialMapper() {
			return UserInfoMapper.forProviders(
					(request) -> new OAuthUserInfo("custom", null, false, null, null, request.profile()), "special");
		}

	}

}
