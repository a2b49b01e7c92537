package dev.betterauth.core.provider.preset;

import dev.betterauth.core.provider.ProviderRegistration;

/**
 * Okta, OpenID Connect read from the authorization server's discovery document:
 * {@code issuer} is a custom authorization server
 * ({@code https://dev-123.okta.com/oauth2/default}) or the org server
 * ({@code https://dev-123.okta.com}). Its id_tokens are verified against the discovered
 * keys, nonce included; the userinfo endpoint is read when they carry no email. A refresh
 * token needs the {@code offline_access} scope.
 */
final class OktaPreset implements ProviderPreset {

	@Override
	public String type() {
		return "okta";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		String issuer = options.requireOrigin("issuer",
				"the Okta authorization server, such as https://dev-123.okta.com/oauth2/default, whose discovery "
						+ "document names the endpoints");
		provider.issuer(issuer).scopes("openid", "email", "profile");
	}

}
