package dev.betterauth.core.provider.preset;

import java.util.Map;
import java.util.Set;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderQuirks;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.TokenRequest;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * Salesforce, at {@code login.salesforce.com}, {@code test.salesforce.com} with
 * {@code sandbox: true}, or an org's My Domain host ({@code login-url}, which wins). PKCE
 * is required: a code exchange without a verifier is refused before it is sent. The
 * profile comes from the userinfo endpoint, whose {@code sub} is an identity URL; the
 * account id is {@code user_id}. The id_token Salesforce returns is not used: its issuer
 * depends on the host the user signed in at, and the userinfo answer has all it says.
 */
final class SalesforcePreset implements ProviderPreset {

	static final String PRODUCTION = "https://login.salesforce.com";

	static final String SANDBOX = "https://test.salesforce.com";

	@Override
	public String type() {
		return "salesforce";
	}

	@Override
	public Set<String> options() {
		return Set.of("login-url", "sandbox");
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		boolean sandbox = options.flag("sandbox", false);
		String base = (options.get("login-url") != null)
				? options.requireOrigin("login-url", "the org's My Domain host, such as acme.my.salesforce.com")
				: (sandbox ? SANDBOX : PRODUCTION);
		provider.authorizationUri(base + "/services/oauth2/authorize")
			.tokenUri(base + "/services/oauth2/token")
			.userInfoUri(base + "/services/oauth2/userinfo")
			.scopes("openid", "email", "profile")
			.pkce(true)
			.mapping(SalesforcePreset::map)
			.quirks(new PkceRequired());
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		String image = Profiles.text(profile, "photos", "picture");
		if (image == null) {
			image = Profiles.text(profile, "photos", "thumbnail");
		}
		return new OAuthUserInfo(Profiles.text(profile, "user_id"), Profiles.text(profile, "email"),
				Profiles.isTrue(profile, "email_verified"), Profiles.text(profile, "name"), image, profile);
	}

	/** Refuses a code exchange without a PKCE verifier (pkce turned off). */
	static final class PkceRequired implements ProviderQuirks {

		@Override
		public void tokenRequest(TokenRequest request) {
			if (!request.isRefresh() && !request.parameters().containsKey("code_verifier")) {
				throw new ProviderException("Provider '" + request.registration().id()
						+ "' requires PKCE (Salesforce); do not turn pkce off");
			}
		}

	}

}
