package dev.betterauth.core.provider;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.betterauth.core.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OAuthProviderTests {

	private static final Map<String, Object> DOCUMENT = Map.of("issuer", "https://id.example", "authorization_endpoint",
			"https://id.example/authorize", "token_endpoint", "https://id.example/token", "userinfo_endpoint",
			"https://id.example/userinfo", "jwks_uri", "https://id.example/jwks");

	@Test
	void discoveryThatFailsIsRetriedWithBackOffAndThenCached() {
		AtomicInteger calls = new AtomicInteger();
		MutableClock clock = new MutableClock(Instant.parse("2026-11-30T00:00:00Z"));
		OAuthProvider provider = new OAuthProvider(registration("https://id.example"), (uri) -> {
			assertThat(uri).hasToString("https://id.example/.well-known/openid-configuration");
			if (calls.incrementAndGet() <= 2) {
				throw new ProviderException("discovery down");
			}
			return DOCUMENT;
		}, clock);
		assertThatExceptionOfType(ProviderException.class).isThrownBy(provider::endpoints);
		// Backing off: fails at once without asking the provider.
		assertThatExceptionOfType(ProviderException.class).isThrownBy(provider::endpoints)
			.withMessageContaining("tried again shortly");
		assertThat(calls).hasValue(1);
		clock.advance(Duration.ofSeconds(1));
		assertThatExceptionOfType(ProviderException.class).isThrownBy(provider::endpoints);
		assertThat(calls).hasValue(2);
		// The second failure doubles the wait.
		clock.advance(Duration.ofSeconds(1));
		assertThatExceptionOfType(ProviderException.class).isThrownBy(provider::endpoints);
		assertThat(calls).hasValue(2);
		clock.advance(Duration.ofSeconds(1));
		ProviderEndpoints endpoints = provider.endpoints();
		assertThat(endpoints.tokenUri()).hasToString("https://id.example/token");
		assertThat(endpoints.jwksUri()).hasToString("https://id.example/jwks");
		assertThat(endpoints.issuer()).isEqualTo("https://id.example");
		provider.endpoints();
		assertThat(calls).hasValue(3);
	}

	@Test
	void discoveryNamingAnotherIssuerIsRefused() {
		OAuthProvider provider = new OAuthProvider(registration("https://other.example"), (uri) -> DOCUMENT);
		assertThatExceptionOfType(ProviderException.class).isThrownBy(provider::endpoints)
			.withMessageContaining("issuer");
	}

	@Test
	void configuredEndpointsNeedNoDiscovery() {
		ProviderRegistration registration = new ProviderRegistration("gh", "id", "secret",
				URI.create("https://gh.example/authorize"), URI.create("https://gh.example/token"), null, null, null,
				null, List.of(), true, ClientAuthentication.POST, Duration.ofHours(8), null);
		OAuthProvider provider = new OAuthProvider(registration, (uri) -> {
			throw new AssertionError("no discovery expected");
		});
		assertThat(provider.endpoints().authorizationUri()).hasToString("https://gh.example/authorize");
		assertThat(registration.openId()).isFalse();
		assertThat(registration.rules()).isEqualTo(ProviderRules.DEFAULT);
	}

	private static ProviderRegistration registration(String issuer) {
		return new ProviderRegistration("oidc", "client", "secret", null, null, null, null, issuer, null,
				List.of("openid"), true, ClientAuthentication.BASIC, null, ProviderRules.DEFAULT);
	}

}
