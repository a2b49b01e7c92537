package dev.betterauth.autoconfigure.e2e;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import dev.betterauth.core.AuthJson;
import dev.betterauth.core.jdbc.QuotedSql;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code better-auth.session.hash-tokens}, the session table holds only SHA-256s of
 * the tokens: the cookie still works, a stolen row does not.
 */
class HashedSessionTokensTests {

	@Test
	void sessionsWorkWhileTheTableHoldsOnlyHashes() throws Exception {
		FakeProvider provider = AbstractOAuthFlowTests.provider;
		Map<String, Object> properties = RunningApp.properties(Database.H2, "better_auth_hashed", provider);
		properties.put("better-auth.session.hash-tokens", "true");
		try (RunningApp app = new RunningApp(properties)) {
			String laptop = app.signIn(provider);
			String phone = app.signIn(provider);
			String laptopToken = laptop.substring(laptop.indexOf('=') + 1, laptop.indexOf('.', laptop.indexOf('=')));
			String stored = app.jdbc()
				.queryForObject(
						new QuotedSql(app.jdbc())
							.sql("select `token` from `session` order by `createdAt`" + " fetch first 1 rows only"),
						String.class);
			assertThat(stored).isEqualTo(sha256(laptopToken)).doesNotContain(laptopToken);
			JsonNode session = AuthJson.mapper().readTree(app.get("/api/auth/get-session", laptop).body());
			assertThat(session.get("user").get("email").asString()).isEqualTo("jane@example.com");
			// A stolen row is no cookie.
			assertThat(app.get("/api/auth/get-session", "better-auth.session_token=" + stored).body())
				.isEqualTo("null");
			// The values list-sessions shows revoke their sessions.
			JsonNode sessions = AuthJson.mapper().readTree(app.get("/api/auth/list-sessions", laptop).body());
			assertThat(sessions.size()).isEqualTo(2);
			String phoneStored = sessions.get(1).get("token").asString();
			HttpResponse<String> revoked = app.post("/api/auth/revoke-session", laptop,
					"{\"token\":\"" + phoneStored + "\"}");
			assertThat(revoked.statusCode()).isEqualTo(200);
			assertThat(app.get("/api/auth/get-session", phone).body()).isEqualTo("null");
			// Revoking its own session by the stored value clears the caller's cookie
			// too.
			String laptopStored = sessions.get(0).get("token").asString();
			HttpResponse<String> own = app.post("/api/auth/revoke-session", laptop,
					"{\"token\":\"" + laptopStored + "\"}");
			assertThat(own.headers().allValues("Set-Cookie"))
				.anyMatch((cookie) -> cookie.startsWith("better-auth.session_token=") && cookie.contains("Max-Age=0"));
			assertThat(app.get("/api/auth/get-session", laptop).body()).isEqualTo("null");
		}
	}

	private static String sha256(String token) throws Exception {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
	}

}
