package dev.betterauth.core.provider;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * A provider's endpoints once configuration and discovery are combined.
 *
 * @param authorizationUri where the browser is sent
 * @param tokenUri where the code is exchanged
 * @param userInfoUri where the profile is read, may be {@code null}
 * @param issuer the OpenID issuer, may be {@code null}
 * @param jwksUri the provider's keys, may be {@code null}
 */
public record ProviderEndpoints(URI authorizationUri, URI tokenUri, @Nullable URI userInfoUri, @Nullable String issuer,
		@Nullable URI jwksUri) {
}
