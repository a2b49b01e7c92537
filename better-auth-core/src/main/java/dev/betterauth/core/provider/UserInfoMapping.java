package dev.betterauth.core.provider;

import org.jspecify.annotations.Nullable;

/**
 * Turns what a provider said about the user into {@link OAuthUserInfo}. A preset carries
 * one for its provider; an application overrides it with a {@link UserInfoMapper} bean
 * that names the provider.
 */
@FunctionalInterface
public interface UserInfoMapping {

	/**
	 * Maps the provider's answer.
	 * @param request the provider, its tokens, the profile and a client for its API
	 * @return the user info; a {@code null} or blank id fails the sign-in with
	 * {@code unable_to_get_user_info}
	 * @throws ProviderException when a call to the provider's API fails
	 */
	@Nullable OAuthUserInfo map(UserInfoRequest request);

}
