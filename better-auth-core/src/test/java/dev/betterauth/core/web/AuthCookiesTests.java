package dev.betterauth.core.web;

import java.time.Duration;

import dev.betterauth.core.crypto.CookieSigner;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class AuthCookiesTests {

	private final CookieSigner signer = new CookieSigner("test-secret-0123456789abcdef0123456789abcdef");

	@Test
	void plainHttpCookiesHaveBetterAuthsNamesAndAttributes() {
		AuthCookies cookies = new AuthCookies(this.signer, false);
		String header = cookies.signed(cookies.sessionToken(), "Bu88TgSQNgibxKXWG9ExKubWED6xPtKP", Duration.ofDays(7));
		assertThat(header).startsWith(
				"better-auth.session_token=Bu88TgSQNgibxKXWG9ExKubWED6xPtKP.99Pw27c5W3EohoegwryFCtQusa1FubH7Qf7yJbbWNSU%3D;")
			.contains("Path=/", "Max-Age=604800", "HttpOnly", "SameSite=Lax")
			.doesNotContain("Secure");
		assertThat(cookies.state()).isEqualTo("better-auth.state");
	}

	@Test
	void httpsCookiesAreSecureAndPrefixed() {
		AuthCookies cookies = new AuthCookies(this.signer, true);
		assertThat(cookies.sessionToken()).isEqualTo("__Secure-better-auth.session_token");
		assertThat(cookies.signed(cookies.state(), "abc", Duration.ofMinutes(5)))
			.startsWith("__Secure-better-auth.state=")
			.contains("Secure", "Max-Age=300");
		assertThat(cookies.expired(cookies.sessionToken())).contains("Max-Age=0");
	}

	@Test
	void readsOnlyCorrectlySignedCookies() {
		AuthCookies cookies = new AuthCookies(this.signer, false);
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(new Cookie("better-auth.session_token",
				"Bu88TgSQNgibxKXWG9ExKubWED6xPtKP.99Pw27c5W3EohoegwryFCtQusa1FubH7Qf7yJbbWNSU%3D"));
		assertThat(cookies.readSigned(request, cookies.sessionToken())).isEqualTo("Bu88TgSQNgibxKXWG9ExKubWED6xPtKP");
		request.setCookies(new Cookie("better-auth.session_token",
				"Bu88TgSQNgibxKXWG9ExKubWED6xPtKQ.99Pw27c5W3EohoegwryFCtQusa1FubH7Qf7yJbbWNSU%3D"));
		assertThat(cookies.readSigned(request, cookies.sessionToken())).isNull();
		assertThat(cookies.isPresent(request, cookies.sessionToken())).isTrue();
	}

}
