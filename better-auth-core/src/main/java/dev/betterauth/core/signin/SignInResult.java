package dev.betterauth.core.signin;

import dev.betterauth.core.session.Session;
import dev.betterauth.core.user.User;

/**
 * A successful sign-in.
 *
 * @param user the user
 * @param session the new session
 * @param newUser whether the user was created by this sign-in
 */
public record SignInResult(User user, Session session, boolean newUser) {
}
