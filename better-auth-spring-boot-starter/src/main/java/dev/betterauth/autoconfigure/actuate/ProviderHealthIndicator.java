package dev.betterauth.autoconfigure.actuate;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthProviders;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderHttpClient;
import dev.betterauth.core.provider.ProviderRegistration;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether each OpenID provider's discovery document and key set answer. Checked at most
 * once per {@code interval} per provider (a probe never waits on providers more often
 * than that); providers without discovery or keys are listed as not checked. DOWN when
 * any checked provider does not answer, with the reason per provider.
 */
final class ProviderHealthIndicator implements HealthIndicator {

	private final OAuthProviders providers;

	private final ProviderHttpClient http;

	private final Duration interval;

	private final Clock clock;

	private final Map<String, Checked> checked = new LinkedHashMap<>();

	ProviderHealthIndicator(OAuthProviders providers, ProviderHttpClient http, Duration interval, Clock clock) {
		this.providers = providers;
		this.http = http;
		this.interval = interval;
		this.clock = clock;
	}

	@Override
	public synchronized Health health() {
		Instant now = this.clock.instant();
		boolean up = true;
		Map<String, Object> details = new LinkedHashMap<>();
		for (OAuthProvider provider : this.providers.all()) {
			ProviderRegistration registration = provider.registration();
			if (!registration.openId() || (registration.discoveryUri() == null && registration.issuer() == null)) {
				details.put(provider.id(), Map.of("status", "not checked (no discovery)"));
				continue;
			}
			Checked last = this.checked.get(provider.id());
			if (last == null || !now.isBefore(last.at().plus(this.interval))) {
				last = check(provider, now);
				this.checked.put(provider.id(), last);
			}
			up &= last.problem() == null;
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("status", (last.problem() == null) ? "UP" : "DOWN");
			detail.put("checkedAt", last.at().toString());
			if (last.problem() != null) {
				detail.put("error", last.problem());
			}
			details.put(provider.id(), detail);
		}
		return (up ? Health.up() : Health.down()).withDetails(details).build();
	}

	private Checked check(OAuthProvider provider, Instant now) {
		try {
			Map<String, Object> discovery = this.http.fetchJson(provider.registration().discoveryLocation());
			if (discovery.get("jwks_uri") instanceof String jwks) {
				this.http.fetchText(URI.create(jwks));
			}
			return new Checked(now, null);
		}
		catch (ProviderException ex) {
			return new Checked(now, ex.getMessage());
		}
	}

	private record Checked(Instant at, @Nullable String problem) {
	}

}
