package dev.betterauth.core.provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
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

	/** The reserved top-level domain (RFC 2606) of placeholder addresses. */
	public static final String PLACEHOLDER_DOMAIN = ".invalid";

	private static final int MAX_LOCAL_PART = 64;

	public OAuthUserInfo {
		profile = (profile != null) ? Map.copyOf(withoutNulls(profile)) : Map.of();
	}

	/**
	 * This user with a placeholder address, {@code <account id>@<provider>.invalid} (the
	 * id lower-cased, with a short hash of it when that changed it), for a provider that
	 * gives no email (as Better Auth does): never verified, never matched to another
	 * user's address (the {@code .invalid} domain cannot receive mail or be returned by a
	 * provider), and unique per provider account.
	 * @param providerId the provider id
	 * @return the user info with the placeholder, not verified
	 */
	public OAuthUserInfo withPlaceholderEmail(String providerId) {
		String local = this.id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
		if (!local.equals(this.id) || local.length() > MAX_LOCAL_PART) {
			// Addresses are stored lower-cased: ids that differ only in case, or in the
			// characters replaced, must not share a placeholder.
			local = local.substring(0, Math.min(local.length(), MAX_LOCAL_PART - 9)) + "-" + shortHash(this.id);
		}
		String domain = providerId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
		return new OAuthUserInfo(this.id, local + "@" + domain + PLACEHOLDER_DOMAIN, false, this.name, this.image,
				this.profile);
	}

	private static String shortHash(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * This user as a sign-in takes it: a preset's user without an email gets
	 * {@link #withPlaceholderEmail its placeholder}; a provider configured by hand keeps
	 * none (its sign-in fails with {@code email_not_found}: there a missing email is a
	 * configuration mistake).
	 * @param registration the provider
	 * @return this user, or this user with a placeholder address
	 */
	public OAuthUserInfo withPlaceholderEmailIfMissing(ProviderRegistration registration) {
		boolean noEmail = this.email == null || this.email.isBlank();
		return (noEmail && registration.isPreset()) ? withPlaceholderEmail(registration.id()) : this;
	}

	/**
	 * Whether an address is a placeholder (on the reserved {@code .invalid} domain).
	 * @param email the address
	 * @return whether it is a placeholder
	 */
	public static boolean isPlaceholderEmail(@Nullable String email) {
		return email != null && email.toLowerCase(Locale.ROOT).endsWith(PLACEHOLDER_DOMAIN);
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
