package dev.betterauth.core.provider.preset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderQuirks;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;

/**
 * Amazon Cognito user pools, OpenID Connect: the managed login pages at {@code domain},
 * id_tokens verified against the user pool's keys
 * ({@code https://cognito-idp.<region>.amazonaws.com/<user-pool-id>}), the userinfo
 * endpoint only when the id_token lacks the email. Cognito refuses a scope whose spaces
 * are encoded as {@code +}, so the scope goes last with {@code %20}.
 * {@code identity-provider} sends users straight to a federated provider ({@code Google},
 * a SAML provider's name); the userinfo endpoint says {@code email_verified} as the
 * string {@code "true"}.
 */
final class CognitoPreset implements ProviderPreset {

	private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

	private static final Pattern USER_POOL_ID = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+_[0-9A-Za-z]+");

	@Override
	public String type() {
		return "cognito";
	}

	@Override
	public Set<String> options() {
		return Set.of("domain", "region", "user-pool-id", "identity-provider", "prompt");
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		String domain = options.requireOrigin("domain",
				"the user pool's domain, such as my-app.auth.us-east-1.amazoncognito.com or a custom domain");
		String region = options.require("region", "the user pool's AWS region, such as us-east-1");
		if (!REGION.matcher(region).matches()) {
			throw new PresetOptionException("region", region, "Expected an AWS region such as us-east-1.");
		}
		String userPoolId = options.require("user-pool-id",
				"the user pool's id, such as us-east-1_AbCdEf123, which names the id_token's issuer");
		if (!USER_POOL_ID.matcher(userPoolId).matches() || !userPoolId.startsWith(region + "_")) {
			throw new PresetOptionException("user-pool-id", userPoolId,
					"Expected the id of a user pool in region " + region + ", such as " + region + "_AbCdEf123.");
		}
		String issuer = "https://cognito-idp." + region + ".amazonaws.com/" + userPoolId;
		provider.authorizationUri(domain + "/oauth2/authorize")
			.tokenUri(domain + "/oauth2/token")
			.userInfoUri(domain + "/oauth2/userInfo")
			.issuer(issuer)
			.jwksUri(issuer + "/.well-known/jwks.json")
			.scopes("openid", "profile", "email")
			.authorizationParameter("identity_provider", options.get("identity-provider"))
			.authorizationParameter("prompt", options.get("prompt"))
			.mapping(CognitoPreset::map)
			.quirks(new ScopeLast());
	}

	/**
	 * The id_token's claims when they carry the email, else the userinfo answer; the name
	 * falls back to the given name, then the user name.
	 */
	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		String name = Profiles.firstText(profile, "name", "given_name", "username", "cognito:username");
		return new OAuthUserInfo(Profiles.text(profile, "sub"), Profiles.text(profile, "email"),
				Profiles.isTrue(profile, "email_verified"), name, Profiles.text(profile, "picture"), profile);
	}

	/**
	 * Moves {@code scope} to the end of the authorization URL with its spaces as
	 * {@code %20}: Cognito rejects {@code +}.
	 */
	static final class ScopeLast implements ProviderQuirks {

		@Override
		public String authorizationUrl(String url) {
			int query = url.indexOf('?');
			if (query < 0) {
				return url;
			}
			List<String> parameters = new ArrayList<>();
			String scope = null;
			for (String parameter : url.substring(query + 1).split("&")) {
				if (parameter.startsWith("scope=")) {
					scope = parameter.substring("scope=".length());
				}
				else {
					parameters.add(parameter);
				}
			}
			if (scope == null) {
				return url;
			}
			// Form encoding wrote spaces as "+" and a literal "+" as "%2B".
			parameters.add("scope=" + scope.replace("+", "%20"));
			return url.substring(0, query + 1) + String.join("&", parameters);
		}

	}

}
