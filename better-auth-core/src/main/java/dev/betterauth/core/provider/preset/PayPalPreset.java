package dev.betterauth.core.provider.preset;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.betterauth.core.provider.ClientAuthentication;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;
import org.jspecify.annotations.Nullable;

/**
 * PayPal ("Log in with PayPal"). Live hosts by default; {@code sandbox: true} uses
 * PayPal's sandbox. The client authenticates with HTTP Basic; no scopes are sent (the
 * app's permissions are chosen in PayPal's dashboard) and no PKCE (PayPal does not take
 * the verifier). The profile is read with {@code schema=paypalv1.1}; its id is
 * {@code user_id}, and the email comes from {@code email} or, in that schema, the primary
 * entry of {@code emails}, verified only when PayPal says so.
 */
final class PayPalPreset implements ProviderPreset {

	@Override
	public String type() {
		return "paypal";
	}

	@Override
	public Set<String> options() {
		return Set.of("sandbox", "prompt");
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		boolean sandbox = options.flag("sandbox", false);
		String web = sandbox ? "https://www.sandbox.paypal.com" : "https://www.paypal.com";
		String api = sandbox ? "https://api-m.sandbox.paypal.com" : "https://api-m.paypal.com";
		provider.authorizationUri(web + "/signin/authorize")
			.tokenUri(api + "/v1/oauth2/token")
			.userInfoUri(api + "/v1/identity/oauth2/userinfo?schema=paypalv1.1")
			.pkce(false)
			.clientAuthentication(ClientAuthentication.BASIC)
			.authorizationParameter("prompt", options.get("prompt"))
			.mapping(PayPalPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		String email = Profiles.text(profile, "email");
		boolean verified = Profiles.isTrue(profile, "email_verified");
		if (email == null) {
			Map<String, Object> entry = primaryEmail(profile);
			if (entry != null) {
				email = Profiles.text(entry, "value");
				verified = Profiles.isTrue(entry, "confirmed");
			}
		}
		return new OAuthUserInfo(Profiles.firstText(profile, "user_id", "sub"), email, verified,
				Profiles.text(profile, "name"), Profiles.text(profile, "picture"), profile);
	}

	/** The primary entry of {@code emails}, else the first. */
	@SuppressWarnings("unchecked")
	private static @Nullable Map<String, Object> primaryEmail(Map<String, Object> profile) {
		if (!(profile.get("emails") instanceof List<?> emails)) {
			return null;
		}
		Map<String, Object> first = null;
		for (Object value : emails) {
			if (value instanceof Map<?, ?> entry && Profiles.text(entry, "value") != null) {
				if (Profiles.isTrue(entry, "primary")) {
					return (Map<String, Object>) entry;
				}
				if (first == null) {
					first = (Map<String, Object>) entry;
				}
			}
		}
		return first;
	}

}
