package dev.betterauth.sample;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The local OpenID provider the demo signs in with ({@link DemoOpenIdProvider}, loopback
 * only), so the sample works offline. Its login page accepts any user name.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "sample.demo-provider.enabled", matchIfMissing = true)
class DemoProviderConfiguration {

	// Started on the bootstrap executor while the rest of the context starts (the context
	// still waits for it before it is ready).
	@Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
	DemoOpenIdProvider demoProvider(@Value("${sample.demo-provider.port:9099}") int port,
			@Value("${sample.demo-provider.interactive-login:true}") boolean interactiveLogin) throws IOException {
		return new DemoOpenIdProvider(port, interactiveLogin);
	}

}
