package dev.betterauth.core.provider;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A configured OAuth 2.0 or OpenID Connect provider. Endpoints left {@code null} are read
 * from discovery ({@code discoveryUri}, or {@code issuer} +
 * {@code /.well-known/openid-configuration}).
 *
 * @param id the provider id used in paths ({@code /callback/{id}}) and the account table
 * @param clientId the client id
 * @param clientSecret the client secret, may be {@code null} for public clients
 * @param authorizationUri the authorization endpoint
 * @param tokenUri the token endpoint
 * @param userInfoUri the userinfo endpoint
 * @param discoveryUri the OpenID discovery document
 * @param issuer the OpenID issuer
 * @param jwksUri the provider's keys, for providers configured without discovery (or to
 * override the discovered ones): their id_tokens are then verified too
 * @param scopes scopes always requested
 * @param pkce whether to send a PKCE challenge (S256)
 * @param clientAuthentication how to authenticate at the token endpoint
 * @param accessTokenExpiresIn lifetime assumed when a token response has no
 * {@code expires_in}
 * @param rules what the provider may do at sign-in
 */
public record ProviderRegistration(String id, String clientId, @Nullable String clientSecret,
		@Nullable URI authorizationUri, @Nullable URI tokenUri, @Nullable URI userInfoUri, @Nullable URI discoveryUri,
		@Nullable String issuer, @Nullable URI jwksUri, List<String> scopes, boolean pkce,
		ClientAuthentication clientAuthentication, @Nullable Duration accessTokenExpiresIn,
		@Nullable ProviderRules rules) {

	public ProviderRegistration {
		scopes = List.copyOf(scopes);
		rules = (rules != null) ? rules : ProviderRules.DEFAULT;
	}

	/**
	 * Whether the provider speaks OpenID Connect: discovery, an issuer, or the
	 * {@code openid} scope.
	 */
	public boolean openId() {
		return this.discoveryUri != null || this.issuer != null || this.scopes.contains("openid");
	}

	/** Whether discovery must fill in any endpoint. */
	public boolean needsDiscovery() {
		return (this.discoveryUri != null || this.issuer != null)
				&& (this.authorizationUri == null || this.tokenUri == null);
	}

	/** The discovery document's location. */
	public URI discoveryLocation() {
		if (this.discoveryUri != null) {
			return this.discoveryUri;
		}
		String base = this.issuer.endsWith("/") ? this.issuer.substring(0, this.issuer.length() - 1) : this.issuer;
		return URI.create(base + "/.well-known/openid-configuration");
	}

	/** Everything but the client secret. */
	@Override
	public String toString() {
		return "ProviderRegistration[id=" + this.id + ", clientId=" + this.clientId + ", clientSecret="
				+ ((this.clientSecret != null) ? "***" : null) + ", authorizationUri=" + this.authorizationUri
				+ ", tokenUri=" + this.tokenUri + ", userInfoUri=" + this.userInfoUri + ", discoveryUri="
				+ this.discoveryUri + ", issuer=" + this.issuer + ", jwksUri=" + this.jwksUri + ", scopes="
				+ this.scopes + ", pkce=" + this.pkce + ", clientAuthentication=" + this.clientAuthentication + "]";
	}
}
