package dev.betterauth.core.provider;

import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link UserInfoMapping} gets, like Spring Security's {@code OAuth2UserRequest}:
 * the provider, the tokens it answered, the verified id_token claims, the profile, the
 * callback's own parameters (Apple's {@code user}), and a client for the provider's API.
 * The profile is read on first use, so a mapping that reads elsewhere (WeChat) costs no
 * extra call.
 */
public final class UserInfoRequest {

	private final OAuthProvider provider;

	private final TokenSet tokens;

	private final @Nullable Map<String, Object> idTokenClaims;

	private final Supplier<Map<String, Object>> profileLoader;

	private final Map<String, String> callbackParameters;

	private final ProviderApi api;

	private final @Nullable String expectedNonce;

	private @Nullable Map<String, Object> profile;

	/**
	 * @param provider the provider
	 * @param tokens the token response
	 * @param idTokenClaims the verified id_token claims, or {@code null}
	 * @param profile reads the profile (the userinfo endpoint, else the id_token claims)
	 * @param callbackParameters the callback's parameters (empty for a native sign-in)
	 * @param http the client for {@link #api()}
	 */
	public UserInfoRequest(OAuthProvider provider, TokenSet tokens, @Nullable Map<String, Object> idTokenClaims,
			Supplier<Map<String, Object>> profile, Map<String, String> callbackParameters, ProviderHttpClient http) {
		this(provider, tokens, idTokenClaims, profile, callbackParameters, http, null);
	}

	/**
	 * @param provider the provider
	 * @param tokens the token response
	 * @param idTokenClaims the verified id_token claims, or {@code null}
	 * @param profile reads the profile (the userinfo endpoint, else the id_token claims)
	 * @param callbackParameters the callback's parameters (empty for a native sign-in)
	 * @param http the client for {@link #api()}
	 * @param expectedNonce the flow's nonce, for providers whose id_tokens a mapping
	 * verifies itself (LINE), or {@code null}
	 */
	public UserInfoRequest(OAuthProvider provider, TokenSet tokens, @Nullable Map<String, Object> idTokenClaims,
			Supplier<Map<String, Object>> profile, Map<String, String> callbackParameters, ProviderHttpClient http,
			@Nullable String expectedNonce) {
		this.expectedNonce = expectedNonce;
		this.provider = provider;
		this.tokens = tokens;
		this.idTokenClaims = idTokenClaims;
		this.profileLoader = profile;
		this.callbackParameters = Map.copyOf(callbackParameters);
		this.api = http.api(provider, tokens.accessToken());
	}

	/** The configured provider id. */
	public String providerId() {
		return this.provider.id();
	}

	/** The provider's registration (endpoints, client id, options of its preset). */
	public ProviderRegistration registration() {
		return this.provider.registration();
	}

	/** The provider's endpoints, discovery included. */
	public ProviderEndpoints endpoints() {
		return this.provider.endpoints();
	}

	/** The token response (the raw fields in {@link TokenSet#parameters()}). */
	public TokenSet tokens() {
		return this.tokens;
	}

	/** The verified id_token claims, or {@code null} when there was no id_token. */
	public @Nullable Map<String, Object> idTokenClaims() {
		return this.idTokenClaims;
	}

	/**
	 * The profile: the id_token claims when they carry {@code sub} and {@code email},
	 * else the userinfo endpoint's answer (whose {@code sub} must match the id_token's),
	 * else the claims; empty when there is neither.
	 * @return the raw profile
	 * @throws ProviderException when the userinfo endpoint fails
	 */
	public Map<String, Object> profile() {
		Map<String, Object> loaded = this.profile;
		if (loaded == null) {
			loaded = this.profileLoader.get();
			this.profile = loaded;
		}
		return loaded;
	}

	/** Parameters of the provider's redirect back, such as Apple's {@code user}. */
	public Map<String, String> callbackParameters() {
		return this.callbackParameters;
	}

	/**
	 * The nonce the flow sent, for a mapping that verifies an id_token itself.
	 * @return the nonce, or {@code null}
	 */
	public @Nullable String expectedNonce() {
		return this.expectedNonce;
	}

	/** Calls the provider's API with the access token. */
	public ProviderApi api() {
		return this.api;
	}

}
