package dev.betterauth.autoconfigure.e2e;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.betterauth.core.AuthJson;
import dev.betterauth.core.jdbc.QuotedSql;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Account rows as a Node Better Auth 1.7.25 writes them, for every token column: access
 * and refresh tokens encrypted by Better Auth itself (the shared vectors, bare hex under
 * a single secret and {@code $ba$<version>$} envelopes under rotated secrets), and the id
 * token as the plain JWT Better Auth stores. get-access-token hands them out, and a
 * refresh sends the refresh token Better Auth encrypted.
 */
class BetterAuthWrittenAccountsTests {

	private static final String ID_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1LTEifQ.c2lnbmF0dXJl";

	private final List<RunningApp> apps = new ArrayList<>();

	@AfterEach
	void closeApps() {
		this.apps.forEach(RunningApp::close);
	}

	@Test
	void tokensEncryptedByBetterAuthUnderOneSecretAreRead() throws Exception {
		JsonNode access = vector("plain-secret-access-token");
		JsonNode refresh = vector("plain-secret-refresh-token");
		Map<String, Object> properties = properties("node_accounts_plain");
		properties.put("better-auth.secret", access.get("config").get("secret").asString());
		RunningApp app = start(properties);
		String cookie = app.signIn(AbstractOAuthFlowTests.provider);
		write(app, access.get("encrypted").asString(), refresh.get("encrypted").asString(),
				Instant.now().plusSeconds(600));

		JsonNode token = token(app, cookie);
		assertThat(token.get("accessToken").asString()).isEqualTo(access.get("plaintext").asString());
		assertThat(token.get("idToken").asString()).isEqualTo(ID_TOKEN);

		write(app, access.get("encrypted").asString(), refresh.get("encrypted").asString(),
				Instant.now().minusSeconds(60));
		AbstractOAuthFlowTests.provider.enqueueJson("/mock/token", 200,
				"{\"access_token\":\"at-new\",\"expires_in\":3600}");
		assertThat(token(app, cookie).get("accessToken").asString()).isEqualTo("at-new");
		List<RecordedRequest> grants = AbstractOAuthFlowTests.provider.requests("/mock/token");
		assertThat(AbstractOAuthFlowTests.form(grants.get(grants.size() - 1).getBody().utf8()))
			.containsEntry("refresh_token", refresh.get("plaintext").asString());
	}

	@Test
	void tokensEncryptedByBetterAuthUnderRotatedSecretsAreRead() throws Exception {
		JsonNode current = vector("rotation-v2-access-token");
		JsonNode retired = vector("rotation-v1-only-access-token");
		JsonNode config = current.get("config");
		Map<String, Object> properties = properties("node_accounts_rotated");
		properties.put("better-auth.secret", config.get("secret").asString());
		for (int i = 0; i < config.get("secrets").size(); i++) {
			JsonNode secret = config.get("secrets").get(i);
			properties.put("better-auth.secrets[" + i + "].version", secret.get("version").asString());
			properties.put("better-auth.secrets[" + i + "].value", secret.get("value").asString());
		}
		RunningApp app = start(properties);
		String cookie = app.signIn(AbstractOAuthFlowTests.provider);
		for (JsonNode vector : List.of(current, retired)) {
			write(app, vector.get("encrypted").asString(), null, Instant.now().plusSeconds(600));
			assertThat(token(app, cookie).get("accessToken").asString()).as(vector.get("id").asString())
				.isEqualTo(vector.get("plaintext").asString());
		}
	}

	private Map<String, Object> properties(String schema) {
		AbstractOAuthFlowTests.provider.reset();
		return RunningApp.properties(Database.H2, schema, AbstractOAuthFlowTests.provider);
	}

	private RunningApp start(Map<String, Object> properties) {
		RunningApp app = new RunningApp(properties);
		this.apps.add(app);
		return app;
	}

	/** Overwrites the account's token columns as Better Auth would have written them. */
	private static void write(RunningApp app, String accessToken, String refreshToken, Instant accessExpiresAt) {
		app.jdbc()
			.update(new QuotedSql(app.jdbc()).sql("update `account` set `accessToken` = ?, `refreshToken` = ?, "
					+ "`idToken` = ?, `accessTokenExpiresAt` = ?"), accessToken, refreshToken, ID_TOKEN,
					Timestamp.from(accessExpiresAt));
	}

	private static JsonNode token(RunningApp app, String cookie) throws Exception {
		String body = app.post("/api/auth/get-access-token", cookie, "{\"accountId\":\"" + app.onlyAccountId() + "\"}")
			.body();
		return AuthJson.mapper().readTree(body);
	}

	private static JsonNode vector(String id) throws Exception {
		try (InputStream in = BetterAuthWrittenAccountsTests.class
			.getResourceAsStream("/vectors/better-auth-1.7.25.json")) {
			for (JsonNode vector : AuthJson.mapper()
				.readTree(in)
				.get("symmetric_encryption")
				.get("oauth_account_tokens")) {
				if (vector.get("id").asString().equals(id)) {
					return vector;
				}
			}
		}
		throw new IllegalArgumentException(id);
	}

}
