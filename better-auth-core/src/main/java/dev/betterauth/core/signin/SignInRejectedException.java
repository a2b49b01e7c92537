package dev.betterauth.core.signin;

import dev.betterauth.core.OAuthFlowException;

/**
 * Thrown by a {@link SignInPolicy} to refuse a sign-in with its own error code (lower
 * snake case recommended, e.g. {@code domain_not_allowed}) and a description shown on the
 * error page.
 */
public class SignInRejectedException extends OAuthFlowException {

	public SignInRejectedException(String code, String description) {
		super(code, description);
	}

}
