package dev.betterauth.core.provider.preset;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WeChatPresetTests {

	private static final String TOKEN = """
			{"access_token":"ACCESS_TOKEN","expires_in":7200,"refresh_token":"REFRESH_TOKEN","openid":"OPENID",
			"scope":"snsapi_login","unionid":"o6_bmasdasdsad6_2sgVt7hMZOPfL"}""";

	private static final String USERINFO = """
			{"openid":"OPENID","nickname":"NICKNAME",
			"headimgurl":"https://thirdwx.qlogo.cn/mmopen/g3MonUZtNHkdmzicIlibx6iaFqAc56vxLSUfpb6n5WKSYVY0ChQKkiaJSgQ1dZuTOgvLLrhJbERQQ4eMsv84eavHiaiceqxibJxCfHe/0",
			"privilege":["PRIVILEGE1"],"unionid":"o6_bmasdasdsad6_2sgVt7hMZOPfL"}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider wechat = this.harness.provider(new WeChatPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlSendsAppIdAndEndsInWechatRedirect() {
		String url = this.harness.authorizationUrl(this.wechat);
		assertThat(url).startsWith("https://open.weixin.qq.com/connect/qrconnect?").endsWith("#wechat_redirect");
		Map<String, String> query = PresetHarness.query(url);
		assertThat(query).containsEntry("appid", "client-id")
			.containsEntry("scope", "snsapi_login")
			.containsEntry("response_type", "code")
			.containsEntry("redirect_uri", "http://localhost:8080/api/auth/callback/wechat")
			.containsEntry("lang", "cn")
			.containsKey("state")
			.doesNotContainKeys("client_id", "code_challenge", "nonce");
		assertThat(query.keySet()).containsSubsequence("response_type", "appid", "state");
	}

	@Test
	void scopesAreJoinedWithCommas() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("response_type", "code");
		parameters.put("client_id", "wx123");
		parameters.put("scope", "snsapi_login snsapi_userinfo");
		new WeChatPreset.WeChatQuirks().authorizationParameters(parameters, this.wechat.registration());
		assertThat(parameters).containsExactly(Map.entry("response_type", "code"), Map.entry("appid", "wx123"),
				Map.entry("scope", "snsapi_login,snsapi_userinfo"));
	}

	@Test
	void tokenRequestIsAGetWithAppIdAndSecretInTheQuery() {
		this.harness.json("/sns/oauth2/access_token", TOKEN);
		TokenSet tokens = this.harness.exchange(this.wechat);
		RecordedRequest request = this.harness.request("/sns/oauth2/access_token");
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.weixin.qq.com/sns/oauth2/access_token");
		assertThat(PresetHarness.query(request)).containsExactly(Map.entry("appid", "client-id"),
				Map.entry("secret", "client-secret"), Map.entry("code", "the-code"),
				Map.entry("grant_type", "authorization_code"));
		assertThat(request.getBody() == null || request.getBody().size() == 0).isTrue();
		assertThat(tokens.accessToken()).isEqualTo("ACCESS_TOKEN");
		assertThat(tokens.parameters()).containsEntry("openid", "OPENID");
	}

	@Test
	void errcodeAnsweredWith200IsAFailure() {
		this.harness.json("/sns/oauth2/access_token", "{\"errcode\":40029,\"errmsg\":\"invalid code\"}");
		assertThatExceptionOfType(ProviderException.class).isThrownBy(() -> this.harness.exchange(this.wechat))
			.satisfies((ex) -> assertThat(ex.oauthError()).isEqualTo("40029"));
	}

	@Test
	void refreshIsAGetToRefreshTokenWithoutTheSecret() {
		this.harness.json("/sns/oauth2/refresh_token", TOKEN);
		this.harness.refresh(this.wechat);
		RecordedRequest request = this.harness.request("/sns/oauth2/refresh_token");
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.weixin.qq.com/sns/oauth2/refresh_token");
		assertThat(PresetHarness.query(request)).containsExactly(Map.entry("appid", "client-id"),
				Map.entry("grant_type", "refresh_token"), Map.entry("refresh_token", "the-refresh-token"));
		assertThat(this.harness.requests("/sns/oauth2/access_token")).isEmpty();
	}

	@Test
	void userIsReadWithTheTokensOpenIdAndKeyedByUnionId() {
		this.harness.json("/sns/oauth2/access_token", TOKEN).json("/sns/userinfo", USERINFO);
		OAuthUserInfo user = this.harness.userInfo(this.wechat, this.harness.exchange(this.wechat));
		assertThat(user.id()).isEqualTo("o6_bmasdasdsad6_2sgVt7hMZOPfL");
		assertThat(user.email()).isNull();
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isEqualTo("NICKNAME");
		assertThat(user.image()).startsWith("https://thirdwx.qlogo.cn/mmopen/");
		RecordedRequest request = this.harness.request("/sns/userinfo");
		assertThat(PresetHarness.target(request)).isEqualTo("https://api.weixin.qq.com/sns/userinfo");
		assertThat(PresetHarness.query(request)).containsEntry("access_token", "ACCESS_TOKEN")
			.containsEntry("openid", "OPENID");
	}

	@Test
	void withoutUnionIdTheOpenIdIsTheUser() {
		this.harness
			.json("/sns/oauth2/access_token", TOKEN.replace(",\"unionid\":\"o6_bmasdasdsad6_2sgVt7hMZOPfL\"", ""))
			.json("/sns/userinfo", USERINFO.replace(",\"unionid\":\"o6_bmasdasdsad6_2sgVt7hMZOPfL\"", ""));
		OAuthUserInfo user = this.harness.userInfo(this.wechat, this.harness.exchange(this.wechat));
		assertThat(user.id()).isEqualTo("OPENID");
	}

	@Test
	void tokenWithSpecialCharactersIsEncodedInTheQuery() {
		this.harness.json("/sns/userinfo", USERINFO);
		this.harness.userInfo(this.wechat, new TokenSet("a+b/c=", null, null, null, null, null,
				Map.of("access_token", "a+b/c=", "openid", "OPEN ID")));
		assertThat(PresetHarness.query(this.harness.request("/sns/userinfo"))).containsEntry("access_token", "a+b/c=")
			.containsEntry("openid", "OPEN ID");
	}

	@Test
	void userInfoErrcodeIsAFailure() {
		this.harness.json("/sns/oauth2/access_token", TOKEN)
			.json("/sns/userinfo", "{\"errcode\":40003,\"errmsg\":\"invalid openid\"}");
		TokenSet tokens = this.harness.exchange(this.wechat);
		assertThatExceptionOfType(OAuthFlowException.class).isThrownBy(() -> this.harness.userInfo(this.wechat, tokens))
			.satisfies((ex) -> assertThat(ex.getCause()).isInstanceOf(ProviderException.class));
	}

	@Test
	void tokenWithoutOpenIdCannotSignIn() {
		assertThatExceptionOfType(OAuthFlowException.class).isThrownBy(
				() -> this.harness.userInfo(this.wechat, new TokenSet("ACCESS_TOKEN", null, null, null, null, null)));
		assertThat(this.harness.requests("/sns/userinfo")).isEmpty();
	}

}
