package dev.betterauth.core.provider;

import java.util.Set;

/**
 * An application's mapping for the providers it names. Define one as a bean to read
 * custom claims, or to call the provider's API ({@link UserInfoRequest#api()}); it
 * replaces the preset's mapping for those providers only. A mapper never claims a
 * provider it does not name.
 */
public interface UserInfoMapper extends UserInfoMapping {

	/**
	 * Whether this mapper handles the provider.
	 * @param providerId the configured provider id
	 * @return whether to use this mapper
	 */
	boolean supports(String providerId);

	/**
	 * A mapper for the named providers.
	 * @param mapping the mapping
	 * @param providerIds the provider ids it handles, at least one
	 * @return the mapper
	 */
	static UserInfoMapper forProviders(UserInfoMapping mapping, String... providerIds) {
		if (providerIds.length == 0) {
			throw new IllegalArgumentException("Name at least one provider");
		}
		Set<String> ids = Set.of(providerIds);
		return new UserInfoMapper() {

			@Override
			public boolean supports(String providerId) {
				return ids.contains(providerId);
			}

			@Override
			public OAuthUserInfo map(UserInfoRequest request) {
				return mapping.map(request);
			}

			@Override
			public String toString() {
				return "UserInfoMapper" + ids;
			}

		};
	}

}
