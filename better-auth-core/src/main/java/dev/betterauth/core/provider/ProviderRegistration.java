package dev.betterauth.core.provider;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * @param type the preset it was built from ({@code github}), or {@code oauth2}
 * @param authorizationParameters extra parameters of every authorization request
 * @param headers headers sent on every call to the provider (GitHub's {@code User-Agent})
 * @param audiences id_token audiences accepted besides the client id (a native app's
 * bundle id)
 * @param mapping the preset's user-info mapping, or {@code null} for the standard one
 * @param quirks where the provider departs from the standard
 */
public record ProviderRegistration(String id, String clientId, @Nullable String clientSecret,
		@Nullable URI authorizationUri, @Nullable URI tokenUri, @Nullable URI userInfoUri, @Nullable URI discoveryUri,
		@Nullable String issuer, @Nullable URI jwksUri, List<String> scopes, boolean pkce,
		ClientAuthentication clientAuthentication, @Nullable Duration accessTokenExpiresIn,
		@Nullable ProviderRules rules, String type, Map<String, String> authorizationParameters,
		Map<String, String> headers, List<String> audiences, @Nullable UserInfoMapping mapping, ProviderQuirks quirks) {

	/** The type of a provider configured by hand, without a preset. */
	public static final String GENERIC = "oauth2";

	public ProviderRegistration {
		scopes = List.copyOf(scopes);
		rules = (rules != null) ? rules : ProviderRules.DEFAULT;
		authorizationParameters = Collections.unmodifiableMap(new LinkedHashMap<>(authorizationParameters));
		headers = Map.copyOf(headers);
		audiences = List.copyOf(audiences);
	}

	/**
	 * A provider configured by hand, without a preset.
	 */
	public ProviderRegistration(String id, String clientId, @Nullable String clientSecret,
			@Nullable URI authorizationUri, @Nullable URI tokenUri, @Nullable URI userInfoUri,
			@Nullable URI discoveryUri, @Nullable String issuer, @Nullable URI jwksUri, List<String> scopes,
			boolean pkce, ClientAuthentication clientAuthentication, @Nullable Duration accessTokenExpiresIn,
			@Nullable ProviderRules rules) {
		this(id, clientId, clientSecret, authorizationUri, tokenUri, userInfoUri, discoveryUri, issuer, jwksUri, scopes,
				pkce, clientAuthentication, accessTokenExpiresIn, rules, GENERIC, Map.of(), Map.of(), List.of(), null,
				ProviderQuirks.NONE);
	}

	/**
	 * Whether a preset configured this provider.
	 * @return whether its type is a preset's
	 */
	public boolean isPreset() {
		return !GENERIC.equals(this.type);
	}

	/**
	 * A builder, for presets and configuration.
	 * @param id the provider id
	 * @return the builder
	 */
	public static Builder builder(String id) {
		return new Builder(id);
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
				+ this.scopes + ", pkce=" + this.pkce + ", clientAuthentication=" + this.clientAuthentication
				+ ", type=" + this.type + "]";
	}

	/**
	 * Builds a registration; a preset fills in its defaults, then configuration overrides
	 * them.
	 */
	public static final class Builder {

		private final String id;

		private @Nullable String clientId;

		private @Nullable String clientSecret;

		private @Nullable URI authorizationUri;

		private @Nullable URI tokenUri;

		private @Nullable URI userInfoUri;

		private @Nullable URI discoveryUri;

		private @Nullable String issuer;

		private @Nullable URI jwksUri;

		private final List<String> scopes = new ArrayList<>();

		private boolean pkce = true;

		private ClientAuthentication clientAuthentication = ClientAuthentication.POST;

		private @Nullable Duration accessTokenExpiresIn;

		private @Nullable ProviderRules rules;

		private String type = GENERIC;

		private final Map<String, String> authorizationParameters = new LinkedHashMap<>();

		private final Map<String, String> headers = new LinkedHashMap<>();

		private final List<String> audiences = new ArrayList<>();

		private @Nullable UserInfoMapping mapping;

		private ProviderQuirks quirks = ProviderQuirks.NONE;

		private Builder(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

		public Builder clientId(String clientId) {
			this.clientId = clientId;
			return this;
		}

		public @Nullable String clientId() {
			return this.clientId;
		}

		public Builder clientSecret(@Nullable String clientSecret) {
			this.clientSecret = clientSecret;
			return this;
		}

		public @Nullable String clientSecret() {
			return this.clientSecret;
		}

		public Builder authorizationUri(String uri) {
			return authorizationUri(URI.create(uri));
		}

		public Builder authorizationUri(@Nullable URI uri) {
			this.authorizationUri = uri;
			return this;
		}

		public Builder tokenUri(String uri) {
			return tokenUri(URI.create(uri));
		}

		public Builder tokenUri(@Nullable URI uri) {
			this.tokenUri = uri;
			return this;
		}

		public Builder userInfoUri(String uri) {
			return userInfoUri(URI.create(uri));
		}

		public Builder userInfoUri(@Nullable URI uri) {
			this.userInfoUri = uri;
			return this;
		}

		public Builder discoveryUri(@Nullable URI uri) {
			this.discoveryUri = uri;
			return this;
		}

		public Builder issuer(@Nullable String issuer) {
			this.issuer = issuer;
			return this;
		}

		public Builder jwksUri(String uri) {
			return jwksUri(URI.create(uri));
		}

		public Builder jwksUri(@Nullable URI uri) {
			this.jwksUri = uri;
			return this;
		}

		/** Replaces the scopes. */
		public Builder scopes(String... scopes) {
			return scopes(List.of(scopes));
		}

		/** Replaces the scopes. */
		public Builder scopes(List<String> scopes) {
			this.scopes.clear();
			return addScopes(scopes);
		}

		/** Adds scopes after the present ones, skipping repeats. */
		public Builder addScopes(List<String> scopes) {
			for (String scope : scopes) {
				if (!this.scopes.contains(scope)) {
					this.scopes.add(scope);
				}
			}
			return this;
		}

		public Builder pkce(boolean pkce) {
			this.pkce = pkce;
			return this;
		}

		public Builder clientAuthentication(ClientAuthentication clientAuthentication) {
			this.clientAuthentication = clientAuthentication;
			return this;
		}

		public Builder accessTokenExpiresIn(@Nullable Duration accessTokenExpiresIn) {
			this.accessTokenExpiresIn = accessTokenExpiresIn;
			return this;
		}

		public Builder rules(@Nullable ProviderRules rules) {
			this.rules = rules;
			return this;
		}

		public Builder type(String type) {
			this.type = type;
			return this;
		}

		/** Adds (or, with a {@code null} value, removes) an authorization parameter. */
		public Builder authorizationParameter(String name, @Nullable String value) {
			if (value == null) {
				this.authorizationParameters.remove(name);
			}
			else {
				this.authorizationParameters.put(name, value);
			}
			return this;
		}

		public Builder header(String name, String value) {
			this.headers.put(name, value);
			return this;
		}

		public Builder audience(String audience) {
			if (!this.audiences.contains(audience)) {
				this.audiences.add(audience);
			}
			return this;
		}

		public Builder mapping(@Nullable UserInfoMapping mapping) {
			this.mapping = mapping;
			return this;
		}

		public Builder quirks(ProviderQuirks quirks) {
			this.quirks = quirks;
			return this;
		}

		public @Nullable URI authorizationUri() {
			return this.authorizationUri;
		}

		public @Nullable URI tokenUri() {
			return this.tokenUri;
		}

		public @Nullable URI userInfoUri() {
			return this.userInfoUri;
		}

		public @Nullable URI discoveryUri() {
			return this.discoveryUri;
		}

		public @Nullable String issuer() {
			return this.issuer;
		}

		public @Nullable URI jwksUri() {
			return this.jwksUri;
		}

		public List<String> scopes() {
			return List.copyOf(this.scopes);
		}

		public ProviderRegistration build() {
			if (this.clientId == null) {
				throw new IllegalStateException("Provider '" + this.id + "' has no client id");
			}
			return new ProviderRegistration(this.id, this.clientId, this.clientSecret, this.authorizationUri,
					this.tokenUri, this.userInfoUri, this.discoveryUri, this.issuer, this.jwksUri, this.scopes,
					this.pkce, this.clientAuthentication, this.accessTokenExpiresIn, this.rules, this.type,
					this.authorizationParameters, this.headers, this.audiences, this.mapping, this.quirks);
		}

	}

}
