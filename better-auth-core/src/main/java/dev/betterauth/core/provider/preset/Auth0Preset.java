package dev.betterauth.core.provider.preset;

import java.net.URI;
import java.util.Set;

import dev.betterauth.core.provider.ProviderRegistration;

/**
 * Auth0, OpenID Connect read from the tenant's discovery document at {@code domain}
 * ({@code dev-abc.eu.auth0.com} or a custom domain). Auth0's issuer ends with a slash
 * ({@code https://dev-abc.eu.auth0.com/}), as its id_tokens' {@code iss} does; they are
 * verified against the discovered keys, nonce included. An API {@code audience} or a
 * {@code connection} is passed as an additional authorization parameter.
 */
final class Auth0Preset implements ProviderPreset {

	@Override
	public String type() {
		return "auth0";
	}

	@Override
	public Set<String> options() {
		return Set.of("domain");
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		String domain = options.requireOrigin("domain", "the Auth0 tenant's domain, such as dev-abc.eu.auth0.com");
		String path = URI.create(domain).getRawPath();
		if (path != null && !path.isEmpty()) {
			throw new PresetOptionException("domain", options.get("domain"),
					"Expected a host name such as dev-abc.eu.auth0.com, without a path.");
		}
		provider.issuer(domain + "/").scopes("openid", "email", "profile");
	}

}
