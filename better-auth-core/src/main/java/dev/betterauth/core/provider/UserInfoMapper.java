package dev.betterauth.core.provider;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Maps a provider's profile (id_token claims or userinfo JSON) to {@link OAuthUserInfo}.
 * Define a bean to read custom claims; {@link #supports} selects the providers it applies
 * to.
 */
@FunctionalInterface
public interface UserInfoMapper {

	/**
	 * Maps the profile.
	 * @param providerId the provider id
	 * @param profile the claims
	 * @return the user info; a {@code null} or blank id fails the sign-in with
	 * {@code unable_to_get_user_info}
	 */
	@Nullable OAuthUserInfo map(String providerId, Map<String, Object> profile);

	/**
	 * Whether this mapper handles the provider. The standard mapper handles every
	 * provider no other mapper claims.
	 * @param providerId the provider id
	 * @return whether to use this mapper
	 */
	default boolean supports(String providerId) {
		return true;
	}

}
