package dev.betterauth.core.signin;

import dev.betterauth.core.provider.OAuthUserInfo;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link SignInPolicy} decides on.
 *
 * @param providerId the provider
 * @param action what is about to happen
 * @param userInfo the provider's user info, with the raw profile
 * @param existingUserId the user signed in or linked to, {@code null} when one is being
 * created
 */
public record SignInCheck(String providerId, SignInAction action, OAuthUserInfo userInfo,
		@Nullable String existingUserId) {
}
