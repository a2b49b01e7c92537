package dev.betterauth.autoconfigure.e2e;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.betterauth.core.jdbc.QuotedSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie cache over HTTP: sign-in sets {@code session_data}; get-session
 * answers from it without storage (shown by deleting the row behind it) until its
 * max-age; {@code disableCookieCache}, another version, sign-out and revocation behave as
 * Better Auth's.
 */
class SessionCookieCacheHttpTests {

	private final List<RunningApp> apps = new ArrayList<>();

	@AfterEach
	void closeApps() {
		this.apps.forEach(RunningApp::close);
	}

	private RunningApp start(String schema, String strategy, String version) {
		Map<String, Object> properties = RunningApp.properties(Database.H2, schema, AbstractOAuthFlowTests.provider);
		properties.put("better-auth.session.cookie-cache.enabled", "true");
		properties.put("better-auth.session.cookie-cache.strategy", strategy);
		properties.put("better-auth.session.cookie-cache.version", version);
		RunningApp app = new RunningApp(properties);
		this.apps.add(app);
		return app;
	}

	@Test
	void getSessionAnswersFromTheCookieWithoutStorage() throws Exception {
		for (String strategy : List.of("compact", "jwt", "jwe")) {
			AbstractOAuthFlowTests.provider.reset();
			RunningApp app = start("cookie_cache_" + strategy, strategy, "1");
			HttpResponse<String> callback = app.signInResponse(AbstractOAuthFlowTests.provider);
			String session = RunningApp.cookie(callback, "better-auth.session_token");
			String data = RunningApp.cookie(callback, "better-auth.session_data");
			assertThat(data).as(strategy).isNotNull();
			assertThat(callback.headers().allValues("Set-Cookie")).as(strategy)
				.anySatisfy((c) -> assertThat(c).startsWith("better-auth.session_data=")
					.contains("Max-Age=300")
					.contains("HttpOnly"));
			String both = session + "; " + data;
			String fromStorage = app.get("/api/auth/get-session", session).body();
			// The row goes: only the cookie can answer now.
			app.jdbc().update(new QuotedSql(app.jdbc()).sql("delete from `session`"));
			HttpResponse<String> cached = app.get("/api/auth/get-session", both);
			assertThat(cached.body()).as(strategy).isEqualTo(fromStorage);
			assertThat(app.get("/api/auth/get-session?disableCookieCache=true", both).body()).as(strategy)
				.isEqualTo("null");
			// The cached session must be the presented one.
			assertThat(app.get("/api/auth/get-session", "better-auth.session_token=forged.x; " + data).body())
				.as(strategy)
				.isEqualTo("null");
		}
	}

	@Test
	void anotherVersionIgnoresOldCookiesAndSignOutClearsThem() throws Exception {
		AbstractOAuthFlowTests.provider.reset();
		RunningApp first = start("cookie_cache_v1", "compact", "1");
		HttpResponse<String> callback = first.signInResponse(AbstractOAuthFlowTests.provider);
		String both = RunningApp.cookie(callback, "better-auth.session_token") + "; "
				+ RunningApp.cookie(callback, "better-auth.session_data");
		Map<String, Object> properties = RunningApp.properties(Database.H2, "cookie_cache_v2",
				AbstractOAuthFlowTests.provider);
		// The same database, another cache version.
		properties.put("spring.datasource.url", "jdbc:h2:mem:cookie_cache_v1;DB_CLOSE_DELAY=-1");
		properties.put("better-auth.session.cookie-cache.enabled", "true");
		properties.put("better-auth.session.cookie-cache.version", "2");
		RunningApp second = new RunningApp(properties);
		this.apps.add(second);
		first.jdbc().update(new QuotedSql(first.jdbc()).sql("delete from `session`"));
		assertThat(first.get("/api/auth/get-session", both).body()).isNotEqualTo("null");
		HttpResponse<String> stale = second.get("/api/auth/get-session", both);
		assertThat(stale.body()).isEqualTo("null");
		assertThat(stale.headers().allValues("Set-Cookie"))
			.anySatisfy((c) -> assertThat(c).startsWith("better-auth.session_data=;").contains("Max-Age=0"));

		HttpResponse<String> signOut = first.post("/api/auth/sign-out", both, "{}");
		assertThat(signOut.headers().allValues("Set-Cookie"))
			.anySatisfy((c) -> assertThat(c).startsWith("better-auth.session_data=;").contains("Max-Age=0"));
	}

	@Test
	void largeCachesAreSplitInChunksAndReadBack() throws Exception {
		AbstractOAuthFlowTests.provider.reset();
		RunningApp app = start("cookie_cache_chunks", "jwe", "1");
		String cookie = app.signIn(AbstractOAuthFlowTests.provider);
		// A long name (update-user allows 256 characters) and a long image URL.
		String image = "https://img.example/" + "x".repeat(2000);
		HttpResponse<String> updated = app.post("/api/auth/update-user", cookie,
				"{\"name\":\"" + "N".repeat(250) + "\",\"image\":\"" + image + "\"}");
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		String chunk0 = RunningApp.cookie(updated, "better-auth.session_data.0");
		String chunk1 = RunningApp.cookie(updated, "better-auth.session_data.1");
		assertThat(chunk0).isNotNull();
		assertThat(chunk1).isNotNull();
		assertThat(updated.headers().allValues("Set-Cookie"))
			.allSatisfy((c) -> assertThat(c.length()).isLessThan(4096));
		app.jdbc().update(new QuotedSql(app.jdbc()).sql("delete from `session`"));
		String body = app.get("/api/auth/get-session", cookie + "; " + chunk1 + "; " + chunk0).body();
		assertThat(body).contains(image);
	}

}
