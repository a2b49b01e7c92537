package dev.betterauth.core.provider.preset;

import java.util.Set;

import dev.betterauth.core.provider.ProviderRegistration;

/**
 * A provider known by name ({@code github}): its endpoints, scopes, PKCE use, client
 * authentication, user-info mapping and quirks, so that configuring it takes a client id
 * and secret. Configuration may override every default afterwards.
 */
public interface ProviderPreset {

	/**
	 * The name used as the provider id or as {@code type}.
	 * @return the name
	 */
	String type();

	/**
	 * The preset's own settings, by property name ({@code tenant-id}); any other is
	 * refused at startup.
	 * @return the names
	 */
	default Set<String> options() {
		return Set.of();
	}

	/**
	 * Sets the defaults. The builder already carries the client id and secret; the
	 * options carry the configured {@code issuer} too, for presets of self-hosted
	 * providers that build their endpoints from it.
	 * @param provider the registration being built
	 * @param options the preset's settings
	 * @throws PresetOptionException when a setting is missing or invalid
	 */
	void configure(ProviderRegistration.Builder provider, PresetOptions options);

}
