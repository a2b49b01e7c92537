package dev.betterauth.core.account;

import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.ErrorCodes;

/**
 * The user has no such provider account ({@code ACCOUNT_NOT_FOUND}).
 */
public class AccountNotFoundException extends BetterAuthException {

	public AccountNotFoundException(String message) {
		super(Kind.INVALID_REQUEST, ErrorCodes.ACCOUNT_NOT_FOUND, message);
	}

}
