package dev.betterauth.core.signin;

/**
 * What a sign-in is about to do.
 */
public enum SignInAction {

	/** A known provider account signs its user in. */
	SIGN_IN,

	/**
	 * A new provider account is linked to an existing user (by email, or through
	 * {@code /link-social}).
	 */
	LINK_ACCOUNT,

	/** A new user is created. */
	CREATE_USER

}
