package dev.betterauth.core.provider.preset;

import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.betterauth.core.provider.IdTokenException;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderHttpClient;
import dev.betterauth.core.provider.ProviderQuirks;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.TokenRequest;
import dev.betterauth.core.provider.UserInfoMapping;
import dev.betterauth.core.provider.UserInfoRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Microsoft (Entra ID and personal accounts), OpenID Connect on the v2.0 endpoints of
 * {@code authority}/{@code tenant-id} ({@code common} by default). The id_token is
 * verified against the tenant's keys; for the multi-tenant {@code common},
 * {@code organizations} and {@code consumers} its issuer must name the tenant of its own
 * {@code tid} claim, and {@code organizations} refuses personal accounts while
 * {@code consumers} accepts only them. The account id is the {@code oid} claim (the
 * user's object id, the same for every app), not the app-specific {@code sub}. The
 * profile photo is read from Microsoft Graph as a data URL unless
 * {@code disable-profile-photo} is set. Refresh requests must repeat {@code scope}.
 */
final class MicrosoftPreset implements ProviderPreset {

	static final String DEFAULT_AUTHORITY = "https://login.microsoftonline.com";

	/** The tenant of every personal Microsoft account. */
	static final String CONSUMERS_TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad";

	static final URI PROFILE_PHOTO = URI.create("https://graph.microsoft.com/v1.0/me/photos/48x48/$value");

	private static final Set<String> MULTI_TENANT = Set.of("common", "organizations", "consumers");

	/** A directory (tenant) id, lower case. */
	static final Pattern TENANT_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Logger logger = LoggerFactory.getLogger(MicrosoftPreset.class);

	@Override
	public String type() {
		return "microsoft";
	}

	@Override
	public Set<String> options() {
		return Set.of("tenant-id", "authority", "disable-profile-photo", "prompt");
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		String tenant = options.get("tenant-id", "common").toLowerCase(Locale.ROOT);
		if (!MULTI_TENANT.contains(tenant) && !TENANT_ID.matcher(tenant).matches()) {
			throw new PresetOptionException("tenant-id", options.get("tenant-id"),
					"Expected common, organizations, consumers or the directory (tenant) id, a GUID: id_tokens "
							+ "name their tenant by its id, so a domain name could not be checked.");
		}
		configure(provider, options, tenant, false);
	}

	/**
	 * Configures a Microsoft provider.
	 * @param provider the registration being built
	 * @param options the settings
	 * @param tenant {@code common}, {@code organizations}, {@code consumers} or a tenant
	 * id, lower case
	 * @param emailFromUsername whether a missing {@code email} claim is taken from
	 * {@code preferred_username} (unverified)
	 */
	static void configure(ProviderRegistration.Builder provider, PresetOptions options, String tenant,
			boolean emailFromUsername) {
		String authority = authority(options);
		String base = authority + "/" + tenant;
		// Multi-tenant tokens carry their own tenant's issuer; the verifier puts the
		// token's tid in place of {tenantid}, so the issuer still binds the tid.
		String issuer = authority + "/" + (MULTI_TENANT.contains(tenant) ? "{tenantid}" : tenant) + "/v2.0";
		provider.authorizationUri(base + "/oauth2/v2.0/authorize")
			.tokenUri(base + "/oauth2/v2.0/token")
			.issuer(issuer)
			.jwksUri(base + "/discovery/v2.0/keys")
			.scopes("openid", "profile", "email", "User.Read", "offline_access")
			.authorizationParameter("prompt", options.get("prompt"))
			.mapping(new Mapping(!options.flag("disable-profile-photo", false), emailFromUsername))
			.quirks(new Quirks(tenant));
	}

	private static String authority(PresetOptions options) {
		if (options.get("authority") == null) {
			return DEFAULT_AUTHORITY;
		}
		String authority = options.requireOrigin("authority",
				"the Microsoft login host, such as https://login.microsoftonline.com");
		while (authority.endsWith("/")) {
			authority = authority.substring(0, authority.length() - 1);
		}
		return authority;
	}

	/**
	 * Refresh requests repeat the scopes (the v2.0 endpoint asks for them), and the
	 * multi-tenant endpoints restrict the kind of account.
	 */
	record Quirks(String tenant) implements ProviderQuirks {

		@Override
		public void tokenRequest(TokenRequest request) {
			List<String> scopes = request.registration().scopes();
			if (request.isRefresh() && !scopes.isEmpty()) {
				request.parameters().set("scope", String.join(" ", scopes));
			}
		}

		@Override
		public void checkIdToken(Map<String, Object> claims, ProviderRegistration registration) {
			String tid = Profiles.text(claims, "tid");
			if (tid == null) {
				throw new IdTokenException("id_token has no tid claim");
			}
			if (this.tenant.equals("organizations") && tid.equals(CONSUMERS_TENANT_ID)) {
				throw new IdTokenException("personal Microsoft accounts cannot sign in (tenant-id is organizations)");
			}
			if (this.tenant.equals("consumers") && !tid.equals(CONSUMERS_TENANT_ID)) {
				throw new IdTokenException("only personal Microsoft accounts can sign in (tenant-id is consumers)");
			}
		}

	}

	/**
	 * Maps the verified id_token: {@code oid} is the account id; the email counts as
	 * verified when {@code email_verified} says so or, without it, when Microsoft lists
	 * it among the verified addresses.
	 */
	record Mapping(boolean profilePhoto, boolean emailFromUsername) implements UserInfoMapping {

		@Override
		public OAuthUserInfo map(UserInfoRequest request) {
			Map<String, Object> claims = request.idTokenClaims();
			if (claims == null) {
				throw new ProviderException(
						"Provider '" + request.providerId() + "' returned no id_token to read the user from");
			}
			String id = Profiles.text(claims, "oid");
			if (id == null) {
				throw new ProviderException("The id_token of provider '" + request.providerId() + "' has no oid claim");
			}
			String email = Profiles.text(claims, "email");
			boolean verified = (email != null) && emailVerified(claims, email);
			if (email == null && this.emailFromUsername) {
				String username = Profiles.text(claims, "preferred_username");
				// The user principal name looks like an address but is not known to be
				// one: never verified.
				email = (username != null && username.contains("@")) ? username : null;
			}
			String image = this.profilePhoto ? photo(request) : null;
			if (image == null) {
				image = Profiles.text(claims, "picture");
			}
			return new OAuthUserInfo(id, email, verified, Profiles.text(claims, "name"), image, claims);
		}

		private static boolean emailVerified(Map<String, Object> claims, String email) {
			if (claims.get("email_verified") != null) {
				return Profiles.isTrue(claims, "email_verified");
			}
			return listed(claims.get("verified_primary_email"), email)
					|| listed(claims.get("verified_secondary_email"), email);
		}

		private static boolean listed(@Nullable Object addresses, String email) {
			if (addresses instanceof List<?> list) {
				return list.stream()
					.anyMatch((address) -> address instanceof String text && text.equalsIgnoreCase(email));
			}
			return false;
		}

		/** The Graph photo as a data URL; a user without one still signs in. */
		private static @Nullable String photo(UserInfoRequest request) {
			if (request.api().accessToken() == null) {
				return null;
			}
			ProviderHttpClient.Binary photo;
			try {
				photo = request.api().getBinary(PROFILE_PHOTO);
			}
			catch (ProviderException ex) {
				// 404 when the user has no photo, 403 without User.Read.
				logger.debug("Reading the Microsoft profile photo failed: {}", ex.logLine());
				return null;
			}
			String type = (photo.contentType() != null) ? photo.contentType() : "image/jpeg";
			int parameters = type.indexOf(';');
			type = ((parameters >= 0) ? type.substring(0, parameters) : type).trim().toLowerCase(Locale.ROOT);
			if (!type.matches("image/[a-z0-9.+-]+") || photo.bytes().length == 0) {
				return null;
			}
			return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(photo.bytes());
		}

	}

}
