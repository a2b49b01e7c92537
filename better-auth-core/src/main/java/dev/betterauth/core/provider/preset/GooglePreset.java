package dev.betterauth.core.provider.preset;

import java.util.Map;
import java.util.Set;

import dev.betterauth.core.provider.IdTokenException;
import dev.betterauth.core.provider.ProviderQuirks;
import dev.betterauth.core.provider.ProviderRegistration;
import org.jspecify.annotations.Nullable;

/**
 * Google, OpenID Connect with its id_token verified against Google's keys. {@code hd}
 * restricts sign-in to a Google Workspace domain ({@code *}: any Workspace account): it
 * is sent as a hint and checked on the verified id_token, where it counts.
 * {@code access-type: offline} asks for a refresh token.
 */
final class GooglePreset implements ProviderPreset {

	@Override
	public String type() {
		return "google";
	}

	@Override
	public Set<String> options() {
		return Set.of("hd", "access-type", "prompt");
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		String hostedDomain = options.get("hd");
		String accessType = options.get("access-type");
		if (accessType != null && !accessType.equals("offline") && !accessType.equals("online")) {
			throw new PresetOptionException("access-type", accessType, "Expected offline or online.");
		}
		provider.authorizationUri("https://accounts.google.com/o/oauth2/v2/auth")
			.tokenUri("https://oauth2.googleapis.com/token")
			.userInfoUri("https://openidconnect.googleapis.com/v1/userinfo")
			.issuer("https://accounts.google.com")
			.jwksUri("https://www.googleapis.com/oauth2/v3/certs")
			.scopes("openid", "email", "profile")
			.authorizationParameter("include_granted_scopes", "true")
			.authorizationParameter("access_type", accessType)
			.authorizationParameter("prompt", options.get("prompt"))
			.authorizationParameter("hd", hostedDomain)
			.quirks(new HostedDomainCheck(hostedDomain));
	}

	/** The {@code hd} claim of a verified id_token must name the configured domain. */
	record HostedDomainCheck(@Nullable String hostedDomain) implements ProviderQuirks {

		@Override
		public void checkIdToken(Map<String, Object> claims, ProviderRegistration registration) {
			if (this.hostedDomain == null) {
				return;
			}
			String hd = Profiles.text(claims, "hd");
			if (hd == null) {
				throw new IdTokenException(
						"the Google account is not a Workspace account (no hd claim), and hd is " + "required");
			}
			if (!this.hostedDomain.equals("*") && !this.hostedDomain.equalsIgnoreCase(hd)) {
				throw new IdTokenException(
						"the Google account belongs to another Workspace domain than " + this.hostedDomain);
			}
		}

	}

}
