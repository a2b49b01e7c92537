package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderQuirks;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * LinkedIn, Sign In with LinkedIn using OpenID Connect. Its id_token is verified against
 * LinkedIn's keys (issuer {@code https://www.linkedin.com/oauth}); LinkedIn leaves the
 * {@code nonce} out of its id_tokens, so none is sent or expected (signature, issuer,
 * audience and expiry still are checked). When the id_token lacks the email, the userinfo
 * endpoint is read, and its {@code sub} must match. LinkedIn takes no PKCE from web apps.
 */
final class LinkedInPreset implements ProviderPreset {

	@Override
	public String type() {
		return "linkedin";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://www.linkedin.com/oauth/v2/authorization")
			.tokenUri("https://www.linkedin.com/oauth/v2/accessToken")
			.userInfoUri("https://api.linkedin.com/v2/userinfo")
			.scopes("profile", "email", "openid")
			.issuer("https://www.linkedin.com/oauth")
			.jwksUri("https://www.linkedin.com/oauth/openid/jwks")
			.pkce(false)
			.quirks(new NoNonce())
			.mapping(LinkedInPreset::map);
	}

	/** LinkedIn's id_tokens carry no nonce. */
	private static final class NoNonce implements ProviderQuirks {

		@Override
		public boolean idTokenNonce() {
			return false;
		}

	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		return new OAuthUserInfo(Profiles.text(profile, "sub"), Profiles.text(profile, "email"),
				Profiles.isTrue(profile, "email_verified"), Profiles.text(profile, "name"),
				Profiles.text(profile, "picture"), profile);
	}

}
