package dev.betterauth.core.provider.preset;

import dev.betterauth.core.provider.ProviderRegistration;

/**
 * Keycloak, OpenID Connect read from the realm's discovery document: {@code issuer} is
 * the realm's URL ({@code https://kc.example.com/realms/myrealm}). Its id_tokens are
 * verified against the discovered keys, nonce included, and carry the email, so the
 * userinfo endpoint is read only when they do not.
 */
final class KeycloakPreset implements ProviderPreset {

	@Override
	public String type() {
		return "keycloak";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		String issuer = options.requireOrigin("issuer",
				"the realm's URL, such as https://kc.example.com/realms/myrealm, whose discovery document "
						+ "names the endpoints");
		if (!issuer.contains("/realms/")) {
			throw new PresetOptionException("issuer", options.get("issuer"),
					"Expected the realm's URL, such as https://kc.example.com/realms/myrealm.");
		}
		provider.issuer(issuer).scopes("openid", "email", "profile");
	}

}
