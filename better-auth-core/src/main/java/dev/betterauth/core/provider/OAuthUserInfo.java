package dev.betterauth.core.provider;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A provider's view of the user, mapped from its profile.
 *
 * @param id the provider's stable subject ({@code sub} or {@code id}); becomes
 * {@code account.accountId}
 * @param email the email, may be {@code null}
 * @param emailVerified whether the provider vouches for the email; a missing claim counts
 * as false
 * @param name the display name, may be {@code null}
 * @param image a picture URL, may be {@code null}
 * @param profile the raw claims the mapping read
 */
public record OAuthUserInfo(String id, @Nullable String email, boolean emailVerified, @Nullable String name,
		@Nullable String image, Map<String, Object> profile) {

	public OAuthUserInfo {
		profile = (profile != null) ? Map.copyOf(withoutNulls(profile)) : Map.of();
	}

	private static Map<String, Object> withoutNulls(Map<String, Object> profile) {
		LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
		profile.forEach((key, value) -> {
			if (key != null && value != null) {
				copy.put(key, value);
			}
		});
		return copy;
	}

}
