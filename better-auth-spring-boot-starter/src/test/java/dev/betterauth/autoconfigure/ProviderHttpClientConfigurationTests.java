package dev.betterauth.autoconfigure;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderHttpClient;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The provider HTTP client is built with Boot's {@code ClientHttpRequestFactoryBuilder}:
 * redirects refused, and an identity provider behind a private CA trusted through an SSL
 * bundle.
 */
class ProviderHttpClientConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, SslAutoConfiguration.class,
				BetterAuthSchemaAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
				TransactionAutoConfiguration.class, BetterAuthAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:http-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
				"better-auth.secret=http-client-secret-0123456789abcdef", "better-auth.base-url=https://app.example");

	@Test
	void trustsAProviderBehindAPrivateCaThroughAnSslBundle(@TempDir Path dir) throws Exception {
		HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("Private CA").build();
		HeldCertificate server = new HeldCertificate.Builder().signedBy(ca)
			.addSubjectAlternativeName("localhost")
			.addSubjectAlternativeName(InetAddress.getLoopbackAddress().getHostAddress())
			.build();
		Path caFile = Files.writeString(dir.resolve("ca.pem"), ca.certificatePem());
		try (MockWebServer idp = new MockWebServer()) {
			idp.useHttps(new HandshakeCertificates.Builder().heldCertificate(server, ca.certificate())
				.build()
				.sslSocketFactory());
			idp.enqueue(new MockResponse.Builder().body("{\"keys\":[]}").build());
			idp.start(InetAddress.getLoopbackAddress(), 0);
			String jwks = idp.url("/jwks").toString();
			this.runner
				.withPropertyValues("spring.ssl.bundle.pem.idp.truststore.certificate=file:" + caFile,
						"better-auth.http.ssl-bundle=idp")
				.run((context) -> assertThat(context.getBean(ProviderHttpClient.class).fetchText(URI.create(jwks)))
					.isEqualTo("{\"keys\":[]}"));
			this.runner.run((context) -> assertThatExceptionOfType(ProviderException.class)
				.as("without the bundle the private CA is not trusted")
				.isThrownBy(() -> context.getBean(ProviderHttpClient.class).fetchText(URI.create(jwks))));
		}
	}

	@Test
	void anUnknownSslBundleFailsStartupNamingTheKey() {
		this.runner.withPropertyValues("better-auth.http.ssl-bundle=missing").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("better-auth.http.ssl-bundle");
		});
	}

	@Test
	void refusesRedirects() throws Exception {
		try (MockWebServer idp = new MockWebServer()) {
			idp.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "https://evil.example/").build());
			idp.start(InetAddress.getLoopbackAddress(), 0);
			this.runner.run((context) -> assertThatExceptionOfType(ProviderException.class)
				.isThrownBy(() -> context.getBean(ProviderHttpClient.class).fetchText(idp.url("/jwks").uri()))
				.withMessageContaining("redirect"));
			assertThat(idp.getRequestCount()).isEqualTo(1);
		}
	}

}
