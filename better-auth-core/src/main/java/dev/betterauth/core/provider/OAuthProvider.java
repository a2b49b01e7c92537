package dev.betterauth.core.provider;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A provider at run time: its registration and its endpoints, discovered on first use and
 * cached. A provider whose discovery is down does not stop the application; discovery is
 * tried again with back-off.
 */
public final class OAuthProvider {

	private final ProviderRegistration registration;

	private final Function<URI, Map<String, Object>> discovery;

	/** The longest wait between two discovery attempts after failures. */
	public static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(1);

	private final Clock clock;

	private volatile @Nullable ProviderEndpoints endpoints;

	private volatile @Nullable ProviderException lastFailure;

	private volatile @Nullable Instant retryAt;

	private int failures;

	public OAuthProvider(ProviderRegistration registration, Function<URI, Map<String, Object>> discovery) {
		this(registration, discovery, Clock.systemUTC());
	}

	/**
	 * @param registration the provider's configuration
	 * @param discovery reads a discovery document
	 * @param clock the clock that times retries
	 */
	public OAuthProvider(ProviderRegistration registration, Function<URI, Map<String, Object>> discovery, Clock clock) {
		this.registration = registration;
		this.discovery = discovery;
		this.clock = clock;
		if (!registration.needsDiscovery()) {
			this.endpoints = new ProviderEndpoints(registration.authorizationUri(), registration.tokenUri(),
					registration.userInfoUri(), registration.issuer(), registration.jwksUri());
		}
	}

	public String id() {
		return this.registration.id();
	}

	public ProviderRegistration registration() {
		return this.registration;
	}

	/**
	 * The endpoints, discovering them on first use. A discovery that fails is tried again
	 * with back-off (1 s, doubling up to {@link #MAX_RETRY_DELAY}); until then every use
	 * fails at once with the last failure, so an outage neither hammers the provider nor
	 * makes sign-ins queue behind it. One discovery runs at a time per provider.
	 * @return the endpoints
	 * @throws ProviderException when discovery fails or is backing off
	 */
	public ProviderEndpoints endpoints() {
		ProviderEndpoints resolved = this.endpoints;
		if (resolved != null) {
			return resolved;
		}
		failFastWhileBackingOff();
		synchronized (this) {
			resolved = this.endpoints;
			if (resolved != null) {
				return resolved;
			}
			failFastWhileBackingOff();
			try {
				resolved = discover();
			}
			catch (ProviderException ex) {
				this.failures++;
				long delay = Math.min(MAX_RETRY_DELAY.toMillis(), 1000L << Math.min(this.failures - 1, 16));
				this.lastFailure = ex;
				this.retryAt = this.clock.instant().plusMillis(delay);
				throw ex;
			}
			this.endpoints = resolved;
			this.lastFailure = null;
			this.failures = 0;
			return resolved;
		}
	}

	private void failFastWhileBackingOff() {
		ProviderException failure = this.lastFailure;
		Instant retryAt = this.retryAt;
		if (failure != null && retryAt != null && this.clock.instant().isBefore(retryAt)) {
			throw new ProviderException(failure.getMessage() + " (tried again shortly)", failure.detail(),
					failure.oauthError(), null);
		}
	}

	private ProviderEndpoints discover() {
		Map<String, Object> document = this.discovery.apply(this.registration.discoveryLocation());
		String issuer = string(document, "issuer");
		if (this.registration.issuer() != null && issuer != null
				&& !stripSlash(this.registration.issuer()).equals(stripSlash(issuer))) {
			throw new ProviderException("The discovery document of provider '" + id() + "' names another issuer",
					"issuer '" + issuer + "', configured '" + this.registration.issuer() + "'", null, null);
		}
		URI authorization = (this.registration.authorizationUri() != null) ? this.registration.authorizationUri()
				: uri(document, "authorization_endpoint");
		URI token = (this.registration.tokenUri() != null) ? this.registration.tokenUri()
				: uri(document, "token_endpoint");
		URI userInfo = (this.registration.userInfoUri() != null) ? this.registration.userInfoUri()
				: optionalUri(document, "userinfo_endpoint");
		return new ProviderEndpoints(authorization, token, userInfo,
				(issuer != null) ? issuer : this.registration.issuer(), (this.registration.jwksUri() != null)
						? this.registration.jwksUri() : optionalUri(document, "jwks_uri"));
	}

	private URI uri(Map<String, Object> document, String name) {
		URI uri = optionalUri(document, name);
		if (uri == null) {
			throw new ProviderException("The discovery document of provider '" + id() + "' has no " + name);
		}
		return uri;
	}

	private URI optionalUri(Map<String, Object> document, String name) {
		String value = string(document, name);
		if (value == null) {
			return null;
		}
		try {
			URI uri = URI.create(value);
			if (!uri.isAbsolute() || uri.getHost() == null) {
				throw new IllegalArgumentException("not absolute");
			}
			return uri;
		}
		catch (IllegalArgumentException ex) {
			throw new ProviderException("The discovery document of provider '" + id() + "' has a malformed " + name);
		}
	}

	private static String string(Map<String, Object> document, String name) {
		Object value = document.get(name);
		return (value instanceof String text && !text.isBlank()) ? text : null;
	}

	private static String stripSlash(String value) {
		return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
	}

}
