package dev.betterauth.core.flow;

import java.util.List;
import java.util.Map;

import dev.betterauth.core.signin.LinkIntent;
import org.jspecify.annotations.Nullable;

/**
 * A request to start a social sign-in, as {@code POST /sign-in/social} carries it.
 *
 * @param providerId the provider id
 * @param callbackURL where to go after sign-in, may be {@code null}
 * @param errorCallbackURL where to go on failure, may be {@code null}
 * @param newUserCallbackURL where to go after a first sign-in, may be {@code null}
 * @param scopes extra scopes, requested before the configured ones
 * @param loginHint sent as {@code login_hint}, may be {@code null}
 * @param additionalParams extra authorization parameters (reserved names refused)
 * @param requestSignUp whether the client asks to sign up
 * @param link the signed-in user linking an account ({@code /link-social}), {@code null}
 * for a sign-in
 */
public record AuthorizationRequest(String providerId, @Nullable String callbackURL, @Nullable String errorCallbackURL,
		@Nullable String newUserCallbackURL, List<String> scopes, @Nullable String loginHint,
		Map<String, String> additionalParams, boolean requestSignUp, @Nullable LinkIntent link) {

	public AuthorizationRequest {
		scopes = (scopes != null) ? List.copyOf(scopes) : List.of();
		additionalParams = (additionalParams != null) ? Map.copyOf(additionalParams) : Map.of();
	}

}
