package dev.betterauth.core.provider.preset;

import java.util.Map;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * Vercel ("Sign in with Vercel"), which requires PKCE. No scope is sent by default:
 * Vercel then grants the scopes chosen for the app in its dashboard ({@code openid},
 * {@code email}, {@code profile}). When that includes {@code openid}, the id_token is
 * verified against Vercel's keys.
 */
final class VercelPreset implements ProviderPreset {

	@Override
	public String type() {
		return "vercel";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://vercel.com/oauth/authorize")
			.tokenUri("https://api.vercel.com/login/oauth/token")
			.userInfoUri("https://api.vercel.com/login/oauth/userinfo")
			.issuer("https://vercel.com")
			.jwksUri("https://vercel.com/.well-known/jwks")
			.mapping(VercelPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		return new OAuthUserInfo(Profiles.text(profile, "sub"), Profiles.text(profile, "email"),
				Profiles.isTrue(profile, "email_verified"), Profiles.firstText(profile, "name", "preferred_username"),
				Profiles.text(profile, "picture"), profile);
	}

}
