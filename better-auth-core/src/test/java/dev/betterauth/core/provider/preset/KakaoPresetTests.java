package dev.betterauth.core.provider.preset;

import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KakaoPresetTests {

	private static final String ME = """
			{"id":1234567890,"connected_at":"2024-01-15T08:30:00Z","properties":{"nickname":"홍길동",
			"profile_image":"http://k.kakaocdn.net/dn/abc/img_640x640.jpg",
			"thumbnail_image":"http://k.kakaocdn.net/dn/abc/img_110x110.jpg"},
			"kakao_account":{"profile_needs_agreement":false,"profile_nickname_needs_agreement":false,
			"profile_image_needs_agreement":false,"profile":{"nickname":"홍길동",
			"thumbnail_image_url":"http://k.kakaocdn.net/dn/abc/img_110x110.jpg",
			"profile_image_url":"http://k.kakaocdn.net/dn/abc/img_640x640.jpg","is_default_image":false,
			"is_default_nickname":false},"email_needs_agreement":false,"is_email_valid":true,"is_email_verified":true,
			"email":"gildong@kakao.com"}}""";

	private final PresetHarness harness = new PresetHarness();

	private final OAuthProvider kakao = this.harness.provider(new KakaoPreset());

	@AfterEach
	void close() throws Exception {
		this.harness.close();
	}

	@Test
	void authorizationUrlAsksForEmailAndProfileWithoutPkce() {
		String url = this.harness.authorizationUrl(this.kakao);
		assertThat(url).startsWith("https://kauth.kakao.com/oauth/authorize?");
		assertThat(PresetHarness.query(url)).containsEntry("client_id", "client-id")
			.containsEntry("scope", "account_email profile_image profile_nickname")
			.doesNotContainKeys("code_challenge", "code_challenge_method");
	}

	@Test
	void tokenRequestSendsCredentialsInTheBodyWithoutVerifier() {
		this.harness.json("/oauth/token",
				"{\"access_token\":\"at-1\",\"token_type\":\"bearer\",\"refresh_token\":\"rt\","
						+ "\"expires_in\":21599,\"refresh_token_expires_in\":5183999}");
		TokenSet tokens = this.harness.exchange(this.kakao);
		RecordedRequest request = this.harness.request("/oauth/token");
		assertThat(PresetHarness.target(request)).isEqualTo("https://kauth.kakao.com/oauth/token");
		assertThat(PresetHarness.form(request)).containsEntry("client_id", "client-id")
			.containsEntry("client_secret", "client-secret")
			.doesNotContainKey("code_verifier");
		assertThat(tokens.refreshTokenExpiresAt()).isNotNull();
	}

	@Test
	void numericIdAndNestedAccountAreMapped() {
		this.harness.json("/v2/user/me", ME);
		OAuthUserInfo user = this.harness.userInfo(this.kakao, tokens());
		assertThat(user.id()).isEqualTo("1234567890");
		assertThat(user.email()).isEqualTo("gildong@kakao.com");
		assertThat(user.emailVerified()).isTrue();
		assertThat(user.name()).isEqualTo("홍길동");
		assertThat(user.image()).isEqualTo("http://k.kakaocdn.net/dn/abc/img_640x640.jpg");
		RecordedRequest request = this.harness.request("/v2/user/me");
		assertThat(PresetHarness.target(request)).isEqualTo("https://kapi.kakao.com/v2/user/me");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer at-1");
	}

	@Test
	void emailIsVerifiedOnlyWhenAlsoValid() {
		this.harness.json("/v2/user/me", ME.replace("\"is_email_valid\":true", "\"is_email_valid\":false"));
		OAuthUserInfo user = this.harness.userInfo(this.kakao, tokens());
		assertThat(user.email()).isEqualTo("gildong@kakao.com");
		assertThat(user.emailVerified()).isFalse();
	}

	@Test
	void imageFallsBackToTheThumbnailAndNameToTheAccountName() {
		this.harness.json("/v2/user/me",
				ME.replace("\"profile_image_url\":\"http://k.kakaocdn.net/dn/abc/img_640x640.jpg\",", "")
					.replace("\"profile\":{\"nickname\":\"홍길동\",", "\"name\":\"Hong Gildong\",\"profile\":{"));
		OAuthUserInfo user = this.harness.userInfo(this.kakao, tokens());
		assertThat(user.image()).isEqualTo("http://k.kakaocdn.net/dn/abc/img_110x110.jpg");
		assertThat(user.name()).isEqualTo("Hong Gildong");
	}

	@Test
	void withoutConsentedAccountThereIsNoEmail() {
		this.harness.json("/v2/user/me", "{\"id\":1234567890,\"connected_at\":\"2024-01-15T08:30:00Z\"}");
		OAuthUserInfo user = this.harness.userInfo(this.kakao, tokens());
		assertThat(user.id()).isEqualTo("1234567890");
		assertThat(user.email()).isNull();
		assertThat(user.emailVerified()).isFalse();
		assertThat(user.name()).isNull();
		assertThat(user.image()).isNull();
	}

	private static TokenSet tokens() {
		return new TokenSet("at-1", null, null, null, null, null);
	}

}
