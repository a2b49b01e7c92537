package dev.betterauth.autoconfigure.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Spring Security: a Better Auth session (cookie or bearer token) authenticates the
 * application's own endpoints, the auth API stays open, and requests without a session
 * get 401 in Better Auth's envelope. The test application defines no filter chain, so the
 * starter's default one applies. A mixin of the end-to-end suite.
 */
interface SecurityIntegrationTests {

	AbstractOAuthFlowTests suite();

	@Test
	default void theSessionAuthenticatesTheApplicationsEndpoints() throws Exception {
		AbstractOAuthFlowTests t = suite();
		AbstractOAuthFlowTests.assertError(t.get("/app/me", null), 401, "UNAUTHORIZED");
		AbstractOAuthFlowTests.assertError(t.get("/app/me", "better-auth.session_token=forged.sig"), 401,
				"UNAUTHORIZED");
		String cookie = "better-auth.session_token=" + t.signIn("mock", "u-1", "jane@example.com", "at", null);
		assertThat(t.json(t.get("/app/me", cookie)).get("email").asString()).isEqualTo("jane@example.com");
		assertThat(t.json(t.get("/app/argument", cookie)).get("email").asString()).isEqualTo("jane@example.com");
		AbstractOAuthFlowTests.Answer forbidden = t.get("/app/admin", cookie);
		assertThat(forbidden.status()).as("method security: not an admin").isEqualTo(403);
		String admin = "better-auth.session_token=" + t.signIn("basic", "a-1", "admin@example.com", "at", null);
		assertThat(t.get("/app/admin", admin).status()).isEqualTo(200);
	}

	@Test
	default void nativeClientsUseTheBearerTokenFromSignIn() throws Exception {
		AbstractOAuthFlowTests t = suite();
		String token = AbstractOAuthFlowTests.idToken("native-b", "native@example.com", null);
		AbstractOAuthFlowTests.Answer signIn = t.post("/api/auth/sign-in/social",
				"{\"provider\":\"oidc\",\"idToken\":{\"token\":\"" + token + "\"}}", null);
		String bearer = signIn.header("set-auth-token");
		assertThat(bearer).isNotNull();
		assertThat(t.json(t.getWithBearer("/app/me", bearer)).get("email").asString()).isEqualTo("native@example.com");
		String bare = t.json(signIn).get("token").asString();
		assertThat(t.getWithBearer("/app/me", bare).status()).as("the bare session token").isEqualTo(200);
		assertThat(t.json(t.getWithBearer("/api/auth/get-session", bearer)).get("user").get("email").asString())
			.isEqualTo("native@example.com");
		AbstractOAuthFlowTests.assertError(t.getWithBearer("/app/me", bare + "x"), 401, "UNAUTHORIZED");
		AbstractOAuthFlowTests.assertError(t.getWithBearer("/app/me", bare + ".forged"), 401, "UNAUTHORIZED");
	}

}
