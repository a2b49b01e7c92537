package dev.betterauth.core.web;

import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.ErrorCodes;

/**
 * The request has no valid session, but the code serving it needs one: answered 401
 * {@code UNAUTHORIZED} in Better Auth's envelope, in the application's controllers too.
 */
public class SessionRequiredException extends BetterAuthException {

	public SessionRequiredException() {
		super(Kind.UNAUTHORIZED, ErrorCodes.UNAUTHORIZED, "Unauthorized");
	}

}
