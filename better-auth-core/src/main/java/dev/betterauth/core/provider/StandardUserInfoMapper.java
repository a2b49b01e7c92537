package dev.betterauth.core.provider;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads the standard fields: {@code sub} or {@code id}, {@code email},
 * {@code email_verified} ({@code true} or {@code "true"}; missing is false), {@code name}
 * (else {@code login}), {@code picture} or {@code avatar_url}.
 */
public class StandardUserInfoMapper implements UserInfoMapping {

	@Override
	public OAuthUserInfo map(UserInfoRequest request) {
		return map(request.profile());
	}

	/**
	 * Maps OpenID-style claims.
	 * @param profile the claims
	 * @return the user info
	 */
	public OAuthUserInfo map(Map<String, Object> profile) {
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

	/**
	 * A claim as text: strings (blank is absent) and whole numbers (ids such as GitHub's,
	 * kept exact).
	 * @param value the claim
	 * @return the text, or {@code null}
	 */
	public static @Nullable String text(@Nullable Object value) {
		if (value instanceof String text) {
			return text.isBlank() ? null : text;
		}
		if (value instanceof Number number) {
			// GitHub and others use numeric ids; keep them exact (no "1.0E7").
			return (number instanceof Double || number instanceof Float) ? null : number.toString();
		}
		return null;
	}

	/**
	 * Whether a claim says yes: {@code true} or the string {@code "true"} (Apple,
	 * Cognito).
	 * @param value the claim
	 * @return whether it is true
	 */
	public static boolean isTrue(@Nullable Object value) {
		return Boolean.TRUE.equals(value) || "true".equals(value);
	}

}
