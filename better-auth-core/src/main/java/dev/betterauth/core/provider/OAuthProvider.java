package dev.betterauth.core.provider;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;

/**
 * A provider at run time: its registration and its endpoints, discovered on first use and
 * cached. A provider whose discovery is down does not stop the application; discovery is
 * tried again on the next use.
 */
public final class OAuthProvider {

	private final ProviderRegistration registration;

	private final Function<URI, Map<String, Object>> discovery;

	private volatile ProviderEndpoints endpoints;

	public OAuthProvider(ProviderRegistration registration, Function<URI, Map<String, Object>> discovery) {
		this.registration = registration;
		this.discovery = discovery;
		if (!registration.needsDiscovery()) {
			this.endpoints = new ProviderEndpoints(registration.authorizationUri(), registration.tokenUri(),
					registration.userInfoUri(), registration.issuer(), null);
		}
	}

	public String id() {
		return this.registration.id();
	}

	public ProviderRegistration registration() {
		return this.registration;
	}

	/**
	 * The endpoints, discovering them on first use.
	 * @return the endpoints
	 * @throws ProviderException when discovery fails
	 */
	public ProviderEndpoints endpoints() {
		ProviderEndpoints resolved = this.endpoints;
		if (resolved == null) {
			synchronized (this) {
				resolved = this.endpoints;
				if (resolved == null) {
					resolved = discover();
					this.endpoints = resolved;
				}
			}
		}
		return resolved;
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
				(issuer != null) ? issuer : this.registration.issuer(), optionalUri(document, "jwks_uri"));
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
