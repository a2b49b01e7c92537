package dev.betterauth.core.provider;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Where a provider departs from plain OAuth 2.0 / OpenID Connect: extra or renamed
 * authorization parameters, a token request of its own shape, answers that report errors
 * with 200, claims to check on the id_token, tokens from native apps verified by a call.
 * Presets implement the hooks they need; every hook defaults to the standard behaviour.
 */
public interface ProviderQuirks {

	/** The standard behaviour everywhere. */
	ProviderQuirks NONE = new ProviderQuirks() {
	};

	/**
	 * Adjusts the authorization request's parameters before the URL is built (in the
	 * order they will be sent): add, rename or re-join them.
	 * @param parameters the parameters, mutable
	 * @param registration the provider
	 */
	default void authorizationParameters(Map<String, String> parameters, ProviderRegistration registration) {
	}

	/**
	 * The authorization URL as it is sent (WeChat appends {@code #wechat_redirect}).
	 * @param url the URL built from the parameters
	 * @return the URL to send
	 */
	default String authorizationUrl(String url) {
		return url;
	}

	/**
	 * Adjusts a token request (code exchange or refresh) after client authentication was
	 * added, before it is sent.
	 * @param request the request, mutable
	 */
	default void tokenRequest(TokenRequest request) {
	}

	/**
	 * Reads an error out of a successful (2xx) token answer, for providers that report
	 * failures that way. An {@code error} member is always a failure.
	 * @param body the answer
	 * @return the provider's error code, or {@code null} when the answer is good
	 */
	default @Nullable String tokenResponseError(Map<String, Object> body) {
		return null;
	}

	/**
	 * Checks a verified id_token's claims beyond the standard ones (Google's {@code hd}).
	 * @param claims the verified claims
	 * @param registration the provider
	 * @throws IdTokenException when the token is not acceptable
	 */
	default void checkIdToken(Map<String, Object> claims, ProviderRegistration registration) {
	}

	/**
	 * Whether the authorization request carries a nonce that the id_token must return.
	 * Off only for providers whose id_tokens never carry it (LinkedIn); the token is
	 * still verified.
	 * @return whether to send and check a nonce
	 */
	default boolean idTokenNonce() {
		return true;
	}

	/**
	 * Whether a native app's id_token may carry the SHA-256 (lower-case hex) of the nonce
	 * the app sends: iOS's Sign in with Apple hands Apple the hash.
	 * @return whether the hashed nonce is accepted too
	 */
	default boolean nativeNonceMayBeHashed() {
		return false;
	}

	/**
	 * Verifies a token a native app sent to {@code /sign-in/social}, for providers whose
	 * tokens are checked by a call rather than against a JWKS (a Facebook access token,
	 * LINE's verify endpoint).
	 * @param token the token the app sent as {@code idToken}
	 * @param nonce the nonce the app sent, or {@code null}
	 * @param api a client for the provider's API, carrying the app's access token if sent
	 * @return the verified claims, or {@code null} to verify the token as an id_token
	 * against the provider's JWKS
	 * @throws IdTokenException when the token is not acceptable
	 */
	default @Nullable Map<String, Object> verifyNativeToken(String token, @Nullable String nonce, ProviderApi api) {
		return null;
	}

}
