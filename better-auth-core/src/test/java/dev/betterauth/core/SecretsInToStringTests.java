package dev.betterauth.core;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import dev.betterauth.core.provider.ClientAuthentication;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.session.SessionRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records that carry secrets never print them: a log line or an exception message that
 * shows such a record must not leak a credential.
 */
class SecretsInToStringTests {

	@Test
	void providerRegistrationHidesTheClientSecret() {
		ProviderRegistration registration = new ProviderRegistration("github", "client-1", "s3cr3t-client-secret",
				URI.create("https://idp.example/authorize"), URI.create("https://idp.example/token"), null, null, null,
				null, List.of("email"), true, ClientAuthentication.POST, null, null);
		assertThat(registration.toString()).contains("client-1").doesNotContain("s3cr3t-client-secret");
	}

	@Test
	void sessionRecordHidesTheToken() {
		Instant now = Instant.now();
		SessionRecord session = new SessionRecord("s-1", "tok3n-0123456789abcdef0123456789", now, now, now, null, null,
				"u-1", "Jane", "jane@example.com", true, null, now, now);
		assertThat(session.toString()).contains("s-1").doesNotContain("tok3n-0123456789abcdef0123456789");
	}

}
