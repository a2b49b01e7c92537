package dev.betterauth.core.provider;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured providers by id.
 */
public final class OAuthProviders {

	private final Map<String, OAuthProvider> byId = new LinkedHashMap<>();

	public OAuthProviders(List<OAuthProvider> providers) {
		for (OAuthProvider provider : providers) {
			if (this.byId.putIfAbsent(provider.id(), provider) != null) {
				throw new IllegalArgumentException("Provider id '" + provider.id() + "' is configured twice");
			}
		}
	}

	public Optional<OAuthProvider> find(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	public Collection<OAuthProvider> all() {
		return this.byId.values();
	}

}
