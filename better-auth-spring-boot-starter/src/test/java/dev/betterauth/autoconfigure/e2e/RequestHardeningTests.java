package dev.betterauth.autoconfigure.e2e;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each input that once answered 500, or let internal detail reach the client, now gets a
 * clear client error. Sent as raw HTTP where a client library would refuse to send it. A
 * mixin of the end-to-end suite, so it runs on every database.
 */
interface RequestHardeningTests {

	AbstractOAuthFlowTests suite();

	@Test
	default void malformedPercentEncodingOnTheCallbackRedirectsWithInvalidCallbackRequest() throws Exception {
		AbstractOAuthFlowTests t = suite();
		for (String query : new String[] { "state=%zz", "state=%", "code=%4&state=x", "state=%C3%28" }) {
			HostileInputTests.RawAnswer answer = raw(t, "GET /api/auth/callback/mock?" + query + " HTTP/1.1\r\n\r\n");
			assertThat(answer.status()).as(query).isEqualTo(302);
			assertThat(answer.text()).as(query).contains("error=invalid_callback_request");
		}
		String form = "state=%zz&code=c";
		HostileInputTests.RawAnswer posted = raw(t,
				"POST /api/auth/callback/mock HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
						+ "Content-Length: " + form.length() + "\r\n\r\n" + form);
		assertThat(posted.status()).isEqualTo(302);
		assertThat(posted.text()).contains("error=invalid_callback_request");
	}

	@Test
	default void malformedPercentEncodingElsewhereIsAValidationError() throws Exception {
		AbstractOAuthFlowTests t = suite();
		HostileInputTests.RawAnswer query = raw(t, "GET /api/auth/get-session?disableRefresh=%zz HTTP/1.1\r\n\r\n");
		assertThat(query.status()).isEqualTo(400);
		assertThat(query.text()).contains("\"code\":\"VALIDATION_ERROR\"");
		String form = "provider=%4";
		HostileInputTests.RawAnswer body = raw(t,
				"POST /api/auth/sign-in/social HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
						+ "Content-Length: " + form.length() + "\r\n\r\n" + form);
		assertThat(body.status()).isEqualTo(400);
	}

	@Test
	default void nullsInScopesOrAdditionalParamsAreValidationErrors() throws Exception {
		AbstractOAuthFlowTests t = suite();
		AbstractOAuthFlowTests.assertError(
				t.post("/api/auth/sign-in/social", "{\"provider\":\"mock\",\"scopes\":[null]}", null), 400,
				"VALIDATION_ERROR");
		AbstractOAuthFlowTests.assertError(
				t.post("/api/auth/sign-in/social", "{\"provider\":\"mock\",\"additionalParams\":{\"a\":null}}", null),
				400, "VALIDATION_ERROR");
		String session = "better-auth.session_token=" + t.signIn("mock", "u-1", "jane@example.com", "at", null);
		AbstractOAuthFlowTests.assertError(
				t.post("/api/auth/link-social", "{\"provider\":\"other\",\"scopes\":[\"email\",null]}", session), 400,
				"VALIDATION_ERROR");
	}

	@Test
	default void limitsNameTheFieldAndKeepTheStateRowSmall() throws Exception {
		AbstractOAuthFlowTests t = suite();
		AbstractOAuthFlowTests.Answer longScope = t.post("/api/auth/sign-in/social",
				"{\"provider\":\"mock\",\"scopes\":[\"" + "s".repeat(60_000) + "\"]}", null);
		AbstractOAuthFlowTests.assertError(longScope, 400, "VALIDATION_ERROR");
		assertThat(longScope.body()).contains("[body.scopes]");
		AbstractOAuthFlowTests.Answer manyParams = t
			.post("/api/auth/sign-in/social", "{\"provider\":\"mock\",\"additionalParams\":{"
					+ IntStream.range(0, 21).mapToObj((i) -> "\"p" + i + "\":\"v\"").collect(Collectors.joining(","))
					+ "}}", null);
		assertThat(manyParams.body()).contains("[body.additionalParams]");
		AbstractOAuthFlowTests.Answer longHint = t.post("/api/auth/sign-in/social",
				"{\"provider\":\"mock\",\"loginHint\":\"" + "h".repeat(400) + "\"}", null);
		assertThat(longHint.body()).contains("[body.loginHint]");
		AbstractOAuthFlowTests.Answer longUrl = t.post("/api/auth/sign-in/social",
				"{\"provider\":\"mock\",\"callbackURL\":\"/" + "u".repeat(3000) + "\"}", null);
		assertThat(longUrl.body()).contains("[body.callbackURL]");
		// Within every per-field limit, but too much together (4-byte characters).
		String emoji = "\ud83d\ude00".repeat(250);
		StringBuilder scopes = new StringBuilder();
		for (int i = 0; i < 50; i++) {
			scopes.append((i > 0) ? "," : "").append('"').append(i).append(emoji).append('"');
		}
		AbstractOAuthFlowTests.Answer tooMuch = t.post("/api/auth/sign-in/social",
				"{\"provider\":\"mock\",\"scopes\":[" + scopes + "]}", null);
		AbstractOAuthFlowTests.assertError(tooMuch, 400, "VALIDATION_ERROR");
		assertThat(t.count("BetterAuthVerification")).as("no oversized state row").isZero();
	}

	@Test
	default void bodiesOverTheLimitAre413() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String big = "{\"provider\":\"mock\",\"x\":\"" + "a".repeat(70_000) + "\"}";
		AbstractOAuthFlowTests.assertError(t.post("/api/auth/sign-in/social", big, null), 413, "PAYLOAD_TOO_LARGE");
		byte[] bytes = big.getBytes(StandardCharsets.US_ASCII);
		HostileInputTests.RawAnswer chunked = raw(t,
				"POST /api/auth/sign-in/social HTTP/1.1\r\nContent-Type: application/json\r\n"
						+ "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(bytes.length) + "\r\n" + big
						+ "\r\n0\r\n\r\n");
		assertThat(chunked.status()).isEqualTo(413);
		assertThat(chunked.text()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
	}

	@Test
	default void unreadableContentTypesAndOtherMethodsAreClientErrors() throws Exception {
		AbstractOAuthFlowTests t = suite();
		HostileInputTests.RawAnswer wildcard = raw(t,
				"POST /api/auth/get-access-token HTTP/1.1\r\n" + "Content-Type: */*\r\nContent-Length: 2\r\n\r\n{}");
		assertThat(wildcard.status()).isEqualTo(415);
		HostileInputTests.RawAnswer charset = raw(t, "POST /api/auth/sign-in/social HTTP/1.1\r\n"
				+ "Content-Type: application/json; charset=bogus\r\nContent-Length: 2\r\n\r\n{}");
		assertThat(charset.status()).isEqualTo(415);
		HostileInputTests.RawAnswer put = raw(t, "PUT /api/auth/sign-in/social HTTP/1.1\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\na=%");
		assertThat(put.status()).isEqualTo(405);
		assertThat(put.text()).contains("\"code\":\"METHOD_NOT_ALLOWED\"");
	}

	@Test
	default void requestsThatReachNoEndpointAnswerBetterAuthsEnvelope() throws Exception {
		AbstractOAuthFlowTests t = suite();
		AbstractOAuthFlowTests.assertError(t.get("/api/auth/no-such-endpoint", null), 404, "NOT_FOUND");
		AbstractOAuthFlowTests.assertError(t.post("/api/auth/get-session", "{}", null), 405, "METHOD_NOT_ALLOWED");
		HostileInputTests.RawAnswer text = raw(t, "POST /api/auth/callback/mock HTTP/1.1\r\n"
				+ "Content-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi");
		assertThat(text.status()).isEqualTo(415);
		assertThat(text.text()).contains("\"code\":\"UNSUPPORTED_MEDIA_TYPE\"");
	}

	@Test
	default void idTokenSignInWhileDiscoveryFailsIsProviderUnavailable() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String token = AbstractOAuthFlowTests.idToken("s", "x@example.com", null);
		AbstractOAuthFlowTests.Answer answer = t.post("/api/auth/sign-in/social",
				"{\"provider\":\"down\",\"idToken\":{\"token\":\"" + token + "\"}}", null);
		AbstractOAuthFlowTests.assertError(answer, 502, "PROVIDER_UNAVAILABLE");
		assertThat(answer.body()).doesNotContain("/down/.well-known").doesNotContain("127.0.0.1");
	}

	@Test
	default void providerFailuresNeverShowInternalHostsUrlsOrExceptionClasses() throws Exception {
		AbstractOAuthFlowTests t = suite();
		AbstractOAuthFlowTests.Flow flow = t.start("unreachable", "");
		AbstractOAuthFlowTests.Answer answer = t.callback("unreachable", "code=c&state=" + flow.state(),
				flow.stateCookie());
		AbstractOAuthFlowTests.assertRedirectError(answer, AbstractOAuthFlowTests.ERROR_PAGE, "invalid_code");
		String description = AbstractOAuthFlowTests.query(answer.location()).get("error_description");
		assertThat(description).contains("token endpoint of provider 'unreachable'")
			.doesNotContain("127.0.0.1")
			.doesNotContain("/internal/token")
			.doesNotContain("Exception");
	}

	private static HostileInputTests.RawAnswer raw(AbstractOAuthFlowTests t, String request) throws Exception {
		String withHost = request.replaceFirst("\r\n", "\r\nHost: localhost\r\nConnection: close\r\n");
		return HostileInputTests.RawAnswer.send(t.port, withHost.getBytes(StandardCharsets.UTF_8));
	}

}
