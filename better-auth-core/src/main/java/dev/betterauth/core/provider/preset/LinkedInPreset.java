package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * LinkedIn, Sign In with LinkedIn using OpenID Connect. The profile is read from the
 * userinfo endpoint with the access token. The id_token is not used: LinkedIn publishes
 * keys (issuer {@code https://www.linkedin.com/oauth}, JWKS
 * {@code https://www.linkedin.com/oauth/openid/jwks}) but leaves the {@code nonce} out of
 * its id_tokens, which the flow's verification requires, so verifying them would refuse
 * every sign-in. LinkedIn takes no PKCE from web apps.
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
			.pkce(false)
			.mapping(LinkedInPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		return new OAuthUserInfo(Profiles.text(profile, "sub"), Profiles.text(profile, "email"),
				Profiles.isTrue(profile, "email_verified"), Profiles.text(profile, "name"),
				Profiles.text(profile, "picture"), profile);
	}

}
