package dev.betterauth.core.signin;

/**
 * Called inside the sign-in transaction when a first sign-in creates a user, after the
 * user and account rows are written (so the application's own JDBC or JPA writes can
 * reference them): the place to create the application's own records for the new user, as
 * Spring Social's {@code ConnectionSignUp} did. A change the hook makes to the
 * {@link NewUser#user() user} with its setters is written after it. A hook that throws
 * rolls the whole sign-in back: throw {@link SignInRejectedException} to send the browser
 * your own error code; any other exception ends the callback with
 * {@code internal_server_error}. Define hooks as beans; they run in {@code @Order}.
 */
@FunctionalInterface
public interface SignUpHook {

	/**
	 * Creates the application's records for a new user.
	 * @param newUser the user just created, the provider and the profile it came from
	 */
	void onSignUp(NewUser newUser);

}
