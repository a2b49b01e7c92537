package dev.betterauth.sample;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One property switches the demo provider off; providers configured elsewhere (here as
 * command-line style properties) work instead of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "sample.demo-provider.enabled=false", "better-auth.providers.github.client-id=gh-client",
				"better-auth.providers.github.client-secret=gh-secret",
				"better-auth.providers.github.auth-url=https://github.com/login/oauth/authorize",
				"better-auth.providers.github.token-url=https://github.com/login/oauth/access_token",
				"better-auth.providers.github.user-info-url=https://api.github.com/user" })
class SampleWithoutDemoProviderTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProvidersController providers;

	@Test
	void onlyTheConfiguredProviderRemains() {
		assertThat(this.providers.providers()).isEqualTo(List.of("github"));
		assertThat(this.context.getBeansOfType(DemoOpenIdProvider.class)).isEmpty();
	}

}
