package dev.betterauth.core.provider;

import java.util.List;

/**
 * Picks the mapper for a provider: the first application mapper that supports it, else
 * the standard one.
 */
public final class UserInfoMappers {

	private final List<UserInfoMapper> mappers;

	private final UserInfoMapper fallback;

	public UserInfoMappers(List<UserInfoMapper> mappers, UserInfoMapper fallback) {
		this.mappers = List.copyOf(mappers);
		this.fallback = fallback;
	}

	public UserInfoMapper forProvider(String providerId) {
		for (UserInfoMapper mapper : this.mappers) {
			if (mapper.supports(providerId)) {
				return mapper;
			}
		}
		return this.fallback;
	}

}
