package dev.betterauth.core.signin;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.user.User;

/**
 * A user created by a first sign-in, as a {@link SignUpHook} sees it.
 *
 * @param user the new user (already written in the current transaction)
 * @param providerId the provider the user signed up with
 * @param profile what the provider said about the user
 */
public record NewUser(User user, String providerId, OAuthUserInfo profile) {

}
