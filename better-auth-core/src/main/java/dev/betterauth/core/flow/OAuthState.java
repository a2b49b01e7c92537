package dev.betterauth.core.flow;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.betterauth.core.signin.LinkIntent;
import org.jspecify.annotations.Nullable;

/**
 * What a started flow remembers, stored as JSON in {@code verification.value} under
 * {@code auth-state:<state>}. Field names follow Better Auth's state data;
 * {@code providerId} binds the state to one provider, which Better Auth does not.
 *
 * @param callbackURL where to go after sign-in
 * @param codeVerifier the PKCE verifier
 * @param errorURL where to go on failure, may be {@code null}
 * @param newUserURL where to go after a first sign-in, may be {@code null}
 * @param expiresAt expiry in epoch milliseconds
 * @param providerId the provider the flow was started for
 * @param oauthState the state parameter itself
 * @param idTokenNonce the OpenID nonce, may be {@code null}
 * @param requestSignUp whether the client asked to sign up
 * @param requestedScopes the scopes sent to the provider
 * @param link the signed-in user linking an account, {@code null} for a sign-in
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
record OAuthState(String callbackURL, @Nullable String codeVerifier, @Nullable String errorURL,
		@Nullable String newUserURL, long expiresAt, @Nullable String providerId, @Nullable String oauthState,
		@Nullable String idTokenNonce, @Nullable Boolean requestSignUp, @Nullable List<String> requestedScopes,
		@Nullable LinkIntent link) {

	/** Prefix of the verification identifier. */
	static final String IDENTIFIER_PREFIX = "auth-state:";

	static String identifier(String state) {
		return IDENTIFIER_PREFIX + state;
	}

	/** Everything but the PKCE verifier, which redeems the authorization code. */
	@Override
	public String toString() {
		return "OAuthState[providerId=" + this.providerId + ", callbackURL=" + this.callbackURL
				+ ", codeVerifier=***, expiresAt=" + this.expiresAt + ", link=" + this.link + "]";
	}
}
