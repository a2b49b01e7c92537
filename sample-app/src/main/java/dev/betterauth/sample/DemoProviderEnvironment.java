package dev.betterauth.sample;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Registers two demo providers, {@code demo} and {@code demo-work} (two issuers of the
 * local OpenID provider), with Better Auth unless
 * {@code sample.demo-provider.enabled=false}: two, so that linking a second account can
 * be shown offline. Both are trusted for linking, as their addresses are made up
 * ({@code <name>@demo.localhost}). Added last, so any configured value wins.
 */
class DemoProviderEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("sample.demo-provider.enabled", Boolean.class, true)) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("sample-demo-provider", Map.of("better-auth.providers.demo.issuer",
					"http://localhost:${sample.demo-provider.port:9099}/demo", "better-auth.providers.demo.client-id",
					"sample-app", "better-auth.providers.demo.client-secret", "sample-app-secret",
					"better-auth.providers.demo.scopes", "openid,email,profile",
					"better-auth.providers.demo-work.issuer", "http://localhost:${sample.demo-provider.port:9099}/work",
					"better-auth.providers.demo-work.client-id", "sample-app",
					"better-auth.providers.demo-work.client-secret", "sample-app-secret",
					"better-auth.providers.demo-work.scopes", "openid,email,profile",
					"better-auth.account.linking.trusted-providers", "demo,demo-work")));
	}

}
