package dev.betterauth.core.provider;

import java.util.Map;

/**
 * Reads the standard fields: {@code sub} or {@code id}, {@code email},
 * {@code email_verified} ({@code true} or {@code "true"}; missing is false), {@code name}
 * (else {@code login}), {@code picture} or {@code avatar_url}.
 */
public class StandardUserInfoMapper implements UserInfoMapper {

	@Override
	public OAuthUserInfo map(String providerId, Map<String, Object> profile) {
		String id = text(profile.get("sub"));
		if (id == null) {
			id = text(profile.get("id"));
		}
		String name = text(profile.get("name"));
		if (name == null) {
			name = text(profile.get("login"));
		}
		String image = text(profile.get("picture"));
		if (image == null) {
			image = text(profile.get("avatar_url"));
		}
		return new OAuthUserInfo(id, text(profile.get("email")), isTrue(profile.get("email_verified")), name, image,
				profile);
	}

	static String text(Object value) {
		if (value instanceof String text) {
			return text.isBlank() ? null : text;
		}
		if (value instanceof Number number) {
			// GitHub and others use numeric ids; keep them exact (no "1.0E7").
			return (number instanceof Double || number instanceof Float) ? null : number.toString();
		}
		return null;
	}

	static boolean isTrue(Object value) {
		return Boolean.TRUE.equals(value) || "true".equals(value);
	}

}
