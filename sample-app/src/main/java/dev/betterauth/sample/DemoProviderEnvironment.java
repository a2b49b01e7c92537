package dev.betterauth.sample;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Registers the demo provider {@code demo} with Better Auth unless
 * {@code sample.demo-provider.enabled=false}. Added last, so any configured value wins.
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
					"better-auth.providers.demo.scopes", "openid,email,profile")));
	}

}
