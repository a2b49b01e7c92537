package dev.betterauth.autoconfigure;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.betterauth.core.provider.ClientAuthentication;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthProviders;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.preset.ProviderPresets;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Presets through configuration: a known id needs a client id and secret, {@code type}
 * configures one preset under another id, every default can be overridden, and preset
 * settings are checked by name.
 */
class ProviderPresetPropertiesTests {

	private static final String SECRET = "better-auth.secret=context-runner-secret-0123456789abcdef";

	private static final String BASE_URL = "better-auth.base-url=https://app.example.com";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				BetterAuthSchemaAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
				TransactionAutoConfiguration.class, BetterAuthAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:presets-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

	@Test
	void everyPresetSettingIsAPropertyPassedToThePreset() {
		Set<String> settings = new TreeSet<>();
		ProviderPresets.all().forEach((preset) -> settings.addAll(preset.options()));
		Map<String, String> properties = new HashMap<>();
		settings.forEach((setting) -> properties.put("better-auth.providers.any." + setting, "true"));
		BetterAuthProperties.Provider provider = new Binder(new MapConfigurationPropertySource(properties))
			.bind("better-auth", BetterAuthProperties.class)
			.get()
			.getProviders()
			.get("any");
		assertThat(BetterAuthSettings.presetOptions(provider).keySet()).containsAll(settings);
	}

	@Test
	void aPresetIdNeedsOnlyClientIdAndSecret() {
		this.runner
			.withPropertyValues(SECRET, BASE_URL, "better-auth.providers.github.client-id=gh",
					"better-auth.providers.github.client-secret=s")
			.run((context) -> {
				ProviderRegistration github = registration(context, "github");
				assertThat(github.type()).isEqualTo("github");
				assertThat(github.authorizationUri()).isEqualTo(URI.create("https://github.com/login/oauth/authorize"));
				assertThat(github.tokenUri()).isEqualTo(URI.create("https://github.com/login/oauth/access_token"));
				assertThat(github.scopes()).containsExactly("read:user", "user:email");
				assertThat(github.headers()).containsKey("User-Agent");
				assertThat(github.mapping()).isNotNull();
			});
	}

	@Test
	void typeConfiguresAPresetTwiceUnderOtherIds() {
		this.runner
			.withPropertyValues(SECRET, BASE_URL, "better-auth.providers.github.client-id=one",
					"better-auth.providers.github-enterprise.type=github",
					"better-auth.providers.github-enterprise.client-id=two",
					"better-auth.providers.github-enterprise.auth-url=https://ghe.example.com/login/oauth/authorize")
			.run((context) -> {
				assertThat(registration(context, "github").clientId()).isEqualTo("one");
				ProviderRegistration second = registration(context, "github-enterprise");
				assertThat(second.type()).isEqualTo("github");
				assertThat(second.clientId()).isEqualTo("two");
				assertThat(second.authorizationUri())
					.isEqualTo(URI.create("https://ghe.example.com/login/oauth/authorize"));
				assertThat(second.tokenUri()).isEqualTo(URI.create("https://github.com/login/oauth/access_token"));
			});
	}

	@Test
	void configurationOverridesEveryDefault() {
		this.runner
			.withPropertyValues(SECRET, BASE_URL, "better-auth.providers.google.client-id=g",
					"better-auth.providers.google.scopes=https://www.googleapis.com/auth/drive.readonly",
					"better-auth.providers.google.pkce=false", "better-auth.providers.google.authentication=basic",
					"better-auth.providers.google.hd=example.com", "better-auth.providers.google.access-type=offline")
			.run((context) -> {
				ProviderRegistration google = registration(context, "google");
				assertThat(google.scopes()).containsExactly("openid", "email", "profile",
						"https://www.googleapis.com/auth/drive.readonly");
				assertThat(google.pkce()).isFalse();
				assertThat(google.clientAuthentication()).isEqualTo(ClientAuthentication.BASIC);
				assertThat(google.authorizationParameters()).containsEntry("hd", "example.com")
					.containsEntry("access_type", "offline");
			});
		this.runner
			.withPropertyValues(SECRET, BASE_URL, "better-auth.providers.google.client-id=g",
					"better-auth.providers.google.disable-default-scopes=true",
					"better-auth.providers.google.scopes=openid,email")
			.run((context) -> assertThat(registration(context, "google").scopes()).containsExactly("openid", "email"));
	}

	@Test
	void anUnknownTypeFailsListingThePresets() {
		this.runner
			.withPropertyValues(SECRET, BASE_URL, "better-auth.providers.x.client-id=id",
					"better-auth.providers.x.type=gitbub")
			.run((context) -> assertFailure(context, "better-auth.providers.x.type", "github"));
	}

	@Test
	void presetSettingsAreCheckedByName() {
		this.runner
			.withPropertyValues(SECRET, BASE_URL, "better-auth.providers.github.client-id=id",
					"better-auth.providers.github.hd=example.com")
			.run((context) -> assertFailure(context, "better-auth.providers.github.hd", "does not use"));
		this.runner.withPropertyValues(SECRET, BASE_URL, "better-auth.providers.mine.client-id=id",
				"better-auth.providers.mine.auth-url=https://a.example/a",
				"better-auth.providers.mine.token-url=https://a.example/t", "better-auth.providers.mine.tenant-id=t")
			.run((context) -> assertFailure(context, "better-auth.providers.mine.tenant-id", "uses no preset"));
		this.runner
			.withPropertyValues(SECRET, BASE_URL, "better-auth.providers.google.client-id=id",
					"better-auth.providers.google.access-type=forever")
			.run((context) -> assertFailure(context, "better-auth.providers.google.access-type", "offline"));
	}

	@Test
	void aProviderWithoutPresetStillNeedsItsEndpoints() {
		this.runner.withPropertyValues(SECRET, BASE_URL, "better-auth.providers.mine.client-id=id")
			.run((context) -> assertFailure(context, "better-auth.providers.mine.auth-url", "preset"));
	}

	private static ProviderRegistration registration(AssertableApplicationContext context, String id) {
		assertThat(context).hasNotFailed();
		List<OAuthProvider> providers = List.copyOf(context.getBean(OAuthProviders.class).all());
		return providers.stream()
			.filter((provider) -> provider.id().equals(id))
			.findFirst()
			.orElseThrow()
			.registration();
	}

	private static void assertFailure(AssertableApplicationContext context, String property, String text) {
		assertThat(context).hasFailed();
		Throwable failure = context.getStartupFailure();
		while (failure != null && !(failure instanceof InvalidConfigurationPropertyValueException)) {
			failure = failure.getCause();
		}
		assertThat(failure).as("an InvalidConfigurationPropertyValueException").isNotNull();
		assertThat(((InvalidConfigurationPropertyValueException) failure).getName()).isEqualTo(property);
		assertThat(failure.getMessage()).contains(text);
	}

}
