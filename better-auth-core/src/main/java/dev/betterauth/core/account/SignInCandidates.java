package dev.betterauth.core.account;

import dev.betterauth.core.user.User;
import org.jspecify.annotations.Nullable;

/**
 * What a sign-in looks up: the account the provider identity already has (with its user),
 * and the user who has the provider's email.
 *
 * @param account the provider identity's account, or {@code null}
 * @param userWithEmail the user with the email, or {@code null}
 */
public record SignInCandidates(@Nullable Account account, @Nullable User userWithEmail) {
}
