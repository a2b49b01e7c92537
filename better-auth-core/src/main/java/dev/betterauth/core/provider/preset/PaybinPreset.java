package dev.betterauth.core.provider.preset;

import java.util.Map;
import java.util.Set;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * Paybin, OpenID Connect at {@code https://idp.paybin.io} (or the configured
 * {@code issuer}). Better Auth decodes Paybin's id_token without checking it; here the
 * endpoints and the keys come from the issuer's discovery document, so the id_token is
 * verified (signature, issuer, audience, nonce) before its claims are used.
 */
final class PaybinPreset implements ProviderPreset {

	static final String DEFAULT_ISSUER = "https://idp.paybin.io";

	@Override
	public String type() {
		return "paybin";
	}

	@Override
	public Set<String> options() {
		return Set.of("prompt");
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		String issuer = options.get("issuer", DEFAULT_ISSUER);
		// No endpoints set: discovery fills them in, with the JWKS that verifies
		// id_tokens.
		provider.issuer(issuer)
			.scopes("openid", "email", "profile")
			.authorizationParameter("prompt", options.get("prompt"))
			.mapping(PaybinPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		return new OAuthUserInfo(Profiles.text(profile, "sub"), Profiles.text(profile, "email"),
				Profiles.isTrue(profile, "email_verified"), Profiles.firstText(profile, "name", "preferred_username"),
				Profiles.text(profile, "picture"), profile);
	}

}
