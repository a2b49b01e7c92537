package dev.betterauth.sample;

import java.net.InetAddress;
import java.net.UnknownHostException;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A local OpenID provider for the demo (mock-oauth2-server on Netty, loopback only), so
 * the sample works offline. Its login page accepts any user name.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "sample.demo-provider.enabled", matchIfMissing = true)
class DemoProviderConfiguration {

	// Started on the bootstrap executor while the rest of the context starts (the context
	// still waits for it before it is ready): a second core shortens start-up by about a
	// second.
	@Bean(destroyMethod = "shutdown", bootstrap = Bean.Bootstrap.BACKGROUND)
	MockOAuth2Server demoProvider(@Value("${sample.demo-provider.port:9099}") int port,
			@Value("${sample.demo-provider.interactive-login:true}") boolean interactiveLogin)
			throws UnknownHostException {
		OAuth2Config config = OAuth2Config.Companion
			.fromJson("{\"interactiveLogin\": " + interactiveLogin + ", \"httpServer\": \"NettyWrapper\"}");
		MockOAuth2Server server = new MockOAuth2Server(config);
		server.start(InetAddress.getLoopbackAddress(), port);
		return server;
	}

}
