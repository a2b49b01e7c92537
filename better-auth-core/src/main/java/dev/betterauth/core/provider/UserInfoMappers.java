package dev.betterauth.core.provider;

import java.util.List;

/**
 * Picks the mapping for a provider: the first application mapper that names it, else the
 * provider's own (its preset's), else the standard one.
 */
public final class UserInfoMappers {

	private final List<UserInfoMapper> mappers;

	private final UserInfoMapping fallback;

	public UserInfoMappers(List<UserInfoMapper> mappers, UserInfoMapping fallback) {
		this.mappers = List.copyOf(mappers);
		this.fallback = fallback;
	}

	public UserInfoMapping forProvider(ProviderRegistration registration) {
		for (UserInfoMapper mapper : this.mappers) {
			if (mapper.supports(registration.id())) {
				return mapper;
			}
		}
		return (registration.mapping() != null) ? registration.mapping() : this.fallback;
	}

	/**
	 * Whether the provider is mapped by its standard mapping (no preset, no application
	 * mapper).
	 * @param registration the provider
	 * @return whether the standard mapping applies
	 */
	public boolean isStandard(ProviderRegistration registration) {
		return isStandard(forProvider(registration));
	}

	/**
	 * Whether a mapping {@link #forProvider} chose is the standard one.
	 * @param mapping the chosen mapping
	 * @return whether it is the standard mapping
	 */
	public boolean isStandard(UserInfoMapping mapping) {
		return mapping == this.fallback;
	}

}
