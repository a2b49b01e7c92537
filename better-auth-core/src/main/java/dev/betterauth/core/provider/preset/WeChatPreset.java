package dev.betterauth.core.provider.preset;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderQuirks;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.TokenRequest;
import dev.betterauth.core.provider.UserInfoRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * WeChat (website QR-code login). WeChat departs from OAuth 2.0 throughout: the client id
 * is sent as {@code appid}, scopes are comma-separated, the authorization URL ends in
 * {@code #wechat_redirect}, the token request is a GET with {@code appid},
 * {@code secret}, {@code code} and {@code grant_type} in the query (a refresh goes to
 * {@code refresh_token} without the secret), and errors come as HTTP 200 with an
 * {@code errcode}. The token answer names the user's {@code openid}, with which the
 * profile is read; the user id is the {@code unionid} (one per WeChat user across an
 * organization's apps) else the {@code openid}. WeChat never discloses an email.
 */
final class WeChatPreset implements ProviderPreset {

	@Override
	public String type() {
		return "wechat";
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		provider.authorizationUri("https://open.weixin.qq.com/connect/qrconnect")
			.tokenUri("https://api.weixin.qq.com/sns/oauth2/access_token")
			.userInfoUri("https://api.weixin.qq.com/sns/userinfo")
			.scopes("snsapi_login")
			.pkce(false)
			.authorizationParameter("lang", "cn")
			.quirks(new WeChatQuirks())
			.mapping(WeChatPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> tokens = request.tokens().parameters();
		String openId = Profiles.text(tokens, "openid");
		URI userInfo = request.endpoints().userInfoUri();
		String accessToken = request.api().accessToken();
		if (openId == null || userInfo == null || accessToken == null) {
			throw new ProviderException("the token endpoint of provider '" + request.providerId()
					+ "' answered without the openid that names the user");
		}
		// WeChat takes the token in the query; the bearer header the client adds is
		// ignored.
		Map<String, Object> profile = request.api()
			.getObject(URI.create(userInfo + "?access_token=" + encode(accessToken) + "&openid=" + encode(openId)));
		String error = WeChatQuirks.error(profile);
		if (error != null) {
			throw new ProviderException(
					"the userinfo endpoint of provider '" + request.providerId() + "' answered an error",
					"sns/userinfo answered errcode " + error, error, null);
		}
		String id = Profiles.text(profile, "unionid");
		if (id == null) {
			id = Profiles.text(tokens, "unionid");
		}
		if (id == null) {
			id = openId;
		}
		return new OAuthUserInfo(id, null, false, Profiles.text(profile, "nickname"),
				Profiles.text(profile, "headimgurl"), profile);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** Where WeChat departs from OAuth 2.0. */
	static final class WeChatQuirks implements ProviderQuirks {

		@Override
		public void authorizationParameters(Map<String, String> parameters, ProviderRegistration registration) {
			Presets.renameParameter(parameters, "client_id", "appid");
			Presets.commaSeparatedScope(parameters);
		}

		@Override
		public String authorizationUrl(String url) {
			return url + "#wechat_redirect";
		}

		@Override
		public void tokenRequest(TokenRequest request) {
			ProviderRegistration registration = request.registration();
			MultiValueMap<String, String> parameters = request.parameters();
			request.useGet();
			if (request.isRefresh()) {
				String refreshToken = parameters.getFirst("refresh_token");
				parameters.clear();
				parameters.add("appid", registration.clientId());
				parameters.add("grant_type", "refresh_token");
				parameters.add("refresh_token", refreshToken);
				request.uri(request.uri().resolve("refresh_token"));
			}
			else {
				String code = parameters.getFirst("code");
				parameters.clear();
				parameters.add("appid", registration.clientId());
				parameters.add("secret", (registration.clientSecret() != null) ? registration.clientSecret() : "");
				parameters.add("code", code);
				parameters.add("grant_type", "authorization_code");
			}
		}

		@Override
		public @Nullable String tokenResponseError(Map<String, Object> body) {
			return error(body);
		}

		/** A non-zero {@code errcode}, as text. */
		static @Nullable String error(Map<String, Object> body) {
			Object code = body.get("errcode");
			if (code == null || (code instanceof Number number && number.longValue() == 0) || "0".equals(code)) {
				return null;
			}
			return String.valueOf(code);
		}

	}

}
