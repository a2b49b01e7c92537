package dev.betterauth.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.betterauth.core.AuthJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample signs a user in through its local OpenID provider (the sample's
 * DemoOpenIdProvider: discovery, PKCE, nonce, id_token) and out again, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
// Subclasses run the same app on the same port with other settings.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SampleApplicationTests {

	private static final int PROVIDER_PORT = freePort();

	// A concrete port: the sample's base-url is built from server.port, and 0 would not
	// be a URL.
	private static final int APP_PORT = freePort();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> APP_PORT);
		registry.add("sample.demo-provider.port", () -> PROVIDER_PORT);
		registry.add("sample.demo-provider.interactive-login", () -> false);
	}

	@Test
	void hasNoInMemoryUserBesideBetterAuth() {
		assertThat(this.context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
	}

	@Test
	void signsInWithTheDemoProviderAndOut() throws Exception {
		assertThat(get("/sample/providers", null).body()).contains("\"demo\"", "\"demo-work\"");
		// Without a session: the JSON endpoint answers 401, the page sends the user to
		// sign in.
		HttpResponse<String> anonymous = get("/api/me", null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.body()).contains("\"code\":\"UNAUTHORIZED\"");
		assertThat(get("/me", null).headers().firstValue("Location")).hasValue("/?signin=required");
		assertThat(get("/", null).body()).contains("Better Auth for Spring Boot");

		HttpResponse<String> start = this.http.send(HttpRequest.newBuilder(uri("/api/auth/sign-in/social"))
			.header("Content-Type", "application/json")
			.header("Origin", "http://localhost:" + APP_PORT)
			.POST(HttpRequest.BodyPublishers.ofString("{\"provider\":\"demo\",\"callbackURL\":\"/\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(start.statusCode()).isEqualTo(200);
		String stateCookie = cookie(start, "better-auth.state");
		String authorize = AuthJson.mapper().readTree(start.body()).get("url").asString();
		assertThat(authorize).startsWith("http://localhost:" + PROVIDER_PORT + "/demo/authorize?")
			.contains("code_challenge_method=S256", "nonce=");

		HttpResponse<String> provider = this.http.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
				HttpResponse.BodyHandlers.ofString());
		String callback = provider.headers().firstValue("Location").orElseThrow();
		assertThat(callback).startsWith("http://localhost:" + this.port + "/api/auth/callback/demo?");

		HttpResponse<String> finished = this.http.send(
				HttpRequest.newBuilder(URI.create(callback)).header("Cookie", stateCookie).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(finished.headers().firstValue("Location")).contains("/");
		String session = cookie(finished, "better-auth.session_token");
		assertThat(session).as(finished.headers().firstValue("Location").orElse("")).isNotNull();

		assertProtectedResources(session);

		JsonNode current = AuthJson.mapper().readTree(get("/api/auth/get-session", session).body());
		// The demo provider's default subject has no email: the sample's
		// DemoUserInfoMapper fills it in.
		assertThat(current.get("user").get("email").asString()).endsWith("@demo.localhost");
		assertThat(current.get("user").get("emailVerified").asBoolean()).isFalse();

		// The provider's tokens: handed out, and refreshed against the demo provider's
		// token endpoint.
		String accounts = get("/api/auth/list-accounts", session).body();
		String accountId = AuthJson.mapper().readTree(accounts).get(0).get("id").asString();
		JsonNode token = AuthJson.mapper()
			.readTree(post("/api/auth/get-access-token", "{\"accountId\":\"" + accountId + "\"}", session).body());
		String first = token.get("accessToken").asString();
		assertThat(first).isNotBlank();
		assertThat(token.get("idToken").asString()).isNotBlank();
		JsonNode refreshed = AuthJson.mapper()
			.readTree(post("/api/auth/refresh-token", "{\"accountId\":\"" + accountId + "\"}", session).body());
		assertThat(refreshed.get("accessToken").asString()).isNotBlank().isNotEqualTo(first);
		assertThat(AuthJson.mapper()
			.readTree(post("/api/auth/get-access-token", "{\"accountId\":\"" + accountId + "\"}", session).body())
			.get("accessToken")
			.asString()).isEqualTo(refreshed.get("accessToken").asString());

		HttpResponse<String> signOut = this.http.send(HttpRequest.newBuilder(uri("/api/auth/sign-out"))
			.header("Cookie", session)
			.header("Origin", "http://localhost:" + APP_PORT)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signOut.body()).isEqualTo("{\"success\":true}");
		assertThat(get("/api/auth/get-session", session).body()).isEqualTo("null");

		// The sample's event listener saw the whole lifecycle.
		JsonNode activity = AuthJson.mapper().readTree(get("/sample/activity", null).body());
		assertThat(activity.get("usersCreated").asLong()).isEqualTo(1);
		assertThat(activity.get("signIns").asLong()).isEqualTo(1);
		assertThat(activity.get("signOuts").asLong()).isEqualTo(1);
	}

	private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The sample's own page and JSON endpoint, for a signed-in user. */
	private void assertProtectedResources(String session) throws Exception {
		HttpResponse<String> api = get("/api/me", session);
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(AuthJson.mapper().readTree(api.body()).get("email").asString()).endsWith("@demo.localhost");
		HttpResponse<String> page = get("/me", session);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Signed in as").contains("@demo.localhost");
	}

	private HttpResponse<String> post(String path, String json, String cookie)
			throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Cookie", cookie)
			.header("Origin", "http://localhost:" + APP_PORT)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String cookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith(name + "=") && !c.contains("Max-Age=0"))
			.map((c) -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElse(null);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
