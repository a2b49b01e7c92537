package dev.betterauth.autoconfigure.e2e;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Better Auth's origin check against cross-site request forgery, over HTTP. A mixin of
 * the end-to-end suite, so it runs on every database.
 */
interface OriginCheckTests {

	AbstractOAuthFlowTests suite();

	@Test
	default void aPostWithCookiesMustComeFromATrustedOrigin() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String cookie = "better-auth.session_token=" + t.signIn("mock", "u-1", "jane@example.com", "at", null);
		AbstractOAuthFlowTests.assertError(t.postFrom("/api/auth/sign-out", "", cookie, null, null), 403,
				"MISSING_OR_NULL_ORIGIN");
		AbstractOAuthFlowTests.assertError(t.postFrom("/api/auth/sign-out", "", cookie, "null", null), 403,
				"MISSING_OR_NULL_ORIGIN");
		AbstractOAuthFlowTests.assertError(t.postFrom("/api/auth/sign-out", "", cookie, "https://evil.example", null),
				403, "INVALID_ORIGIN");
		AbstractOAuthFlowTests.assertError(
				t.postFrom("/api/auth/sign-out", "", cookie, null, "https://evil.example/page"), 403, "INVALID_ORIGIN");
		AbstractOAuthFlowTests.assertError(
				t.postFrom("/api/auth/get-access-token", "{}", cookie, "https://app.test.evil.example", null), 403,
				"INVALID_ORIGIN");
		assertThat(t.count("BetterAuthSession")).as("nothing was signed out").isEqualTo(1);
		assertThat(t.postFrom("/api/auth/list-accounts", "", cookie, "https://evil.example", null).status())
			.as("GET-only endpoints are not reachable by POST anyway")
			.isNotEqualTo(200);
		assertThat(t.postFrom("/api/auth/sign-out", "", cookie, null, "http://app.test/settings").status())
			.as("a trusted Referer is enough")
			.isEqualTo(200);
	}

	@Test
	default void trustedOriginsIncludeTheConfiguredOnes() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String cookie = "better-auth.session_token=" + t.signIn("mock", "u-1", "jane@example.com", "at", null);
		AbstractOAuthFlowTests.Answer answer = t.postFrom("/api/auth/sign-out", "", cookie, "https://trusted.example",
				null);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(t.count("BetterAuthSession")).isZero();
	}

	@Test
	default void postsWithoutCookiesAreNotCheckedExceptSignInNamingAnOrigin() throws Exception {
		AbstractOAuthFlowTests t = suite();
		assertThat(t.postFrom("/api/auth/sign-out", "", null, "https://evil.example", null).status()).isEqualTo(200);
		// Login CSRF: another site posting its own id_token to sign the browser in.
		String token = AbstractOAuthFlowTests.idToken("attacker", "attacker@example.com", null);
		String body = "{\"provider\":\"oidc\",\"idToken\":{\"token\":\"" + token + "\"}}";
		AbstractOAuthFlowTests.assertError(
				t.postFrom("/api/auth/sign-in/social", body, null, "https://evil.example", null), 403,
				"INVALID_ORIGIN");
		assertThat(t.counts()).containsExactly(0L, 0L, 0L, 0L);
		// A native app sends no origin at all.
		assertThat(t.postFrom("/api/auth/sign-in/social", body, null, null, null).status()).isEqualTo(200);
	}

	@Test
	default void formPostCallbacksFromAProviderOriginAreHandedOver() throws Exception {
		AbstractOAuthFlowTests t = suite();
		HostileInputTests.RawAnswer answer = HostileInputTests.RawAnswer
			.send(t.port, ("POST /api/auth/callback/mock HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
					+ "Origin: https://appleid.apple.com\r\nCookie: other=1\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nstate=s&code=c1")
				.getBytes(StandardCharsets.US_ASCII));
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.text()).contains("/api/auth/callback/mock?state=s&code=c1");
	}

}
