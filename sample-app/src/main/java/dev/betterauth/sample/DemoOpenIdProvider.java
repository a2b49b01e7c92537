package dev.betterauth.sample;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.betterauth.core.AuthJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

import org.springframework.web.util.HtmlUtils;

/**
 * A small OpenID provider for the demo, on loopback only, so the sample works offline.
 * Every first path segment is an issuer ({@code /demo}, {@code /work}): discovery, a
 * JWKS, an authorization endpoint with a login page that accepts any user name (and
 * optional extra claims as JSON), a token endpoint (authorization code with PKCE, refresh
 * token) answering ES256 id_tokens with the flow's nonce, and userinfo. Nothing is stored
 * on disk; it is a demo, not an identity provider. Its key is a P-256 one: made in about
 * a millisecond, where an RSA key took 0.2 s of the sample's start-up.
 */
final class DemoOpenIdProvider implements AutoCloseable {

	private static final TypeReference<Map<String, Object>> CLAIMS = new TypeReference<>() {
	};

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(2, (task) -> {
		Thread thread = new Thread(task, "demo-provider");
		thread.setDaemon(true);
		return thread;
	});

	private final boolean interactiveLogin;

	private final ECKey key;

	private final Map<String, Grant> codes = new ConcurrentHashMap<>();

	private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();

	private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();

	DemoOpenIdProvider(int port, boolean interactiveLogin) throws IOException {
		this.interactiveLogin = interactiveLogin;
		try {
			this.key = new ECKeyGenerator(Curve.P_256).keyID("demo").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.threads);
		this.server.start();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			int slash = path.indexOf('/', 1);
			if (slash < 0) {
				send(exchange, 404, "text/plain", "no issuer in the path");
				return;
			}
			String issuer = "http://localhost:" + this.server.getAddress().getPort() + path.substring(0, slash);
			String endpoint = path.substring(slash);
			String method = exchange.getRequestMethod();
			switch (endpoint) {
				case "/.well-known/openid-configuration" -> json(exchange, 200, discovery(issuer));
				case "/jwks" -> send(exchange, 200, "application/json", new JWKSet(this.key.toPublicJWK()).toString());
				case "/authorize" -> authorize(exchange, issuer, method);
				case "/token" -> token(exchange, issuer);
				case "/userinfo" -> userInfo(exchange);
				default -> send(exchange, 404, "text/plain", "not found");
			}
		}
		catch (RuntimeException ex) {
			send(exchange, 500, "text/plain", "the demo provider failed: " + ex.getMessage());
		}
	}

	private static Map<String, Object> discovery(String issuer) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("issuer", issuer);
		document.put("authorization_endpoint", issuer + "/authorize");
		document.put("token_endpoint", issuer + "/token");
		document.put("userinfo_endpoint", issuer + "/userinfo");
		document.put("jwks_uri", issuer + "/jwks");
		document.put("response_types_supported", new String[] { "code" });
		document.put("subject_types_supported", new String[] { "public" });
		document.put("id_token_signing_alg_values_supported", new String[] { "ES256" });
		document.put("code_challenge_methods_supported", new String[] { "S256" });
		return document;
	}

	private void authorize(HttpExchange exchange, String issuer, String method) throws IOException {
		Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
		if (method.equals("GET") && this.interactiveLogin) {
			send(exchange, 200, "text/html; charset=utf-8", loginPage(issuer, query));
			return;
		}
		Map<String, String> parameters = method.equals("POST") ? form(body(exchange)) : query;
		String redirectUri = parameters.get("redirect_uri");
		if (redirectUri == null || !redirectUri.startsWith("http://localhost:")) {
			send(exchange, 400, "text/plain", "redirect_uri must be on localhost");
			return;
		}
		String state = (parameters.get("state") != null) ? "&state=" + encode(parameters.get("state")) : "";
		String separator = redirectUri.contains("?") ? "&" : "?";
		if (parameters.containsKey("cancel")) {
			// The user declined, as OAuth 2.0 reports it (RFC 6749, 4.1.2.1).
			exchange.getResponseHeaders()
				.set("Location", redirectUri + separator + "error=access_denied&error_description="
						+ encode("The user cancelled") + state);
			exchange.sendResponseHeaders(302, -1);
			return;
		}
		Map<String, Object> claims = new LinkedHashMap<>();
		String extra = parameters.get("claims");
		if (extra != null && !extra.isBlank()) {
			try {
				claims.putAll(AuthJson.mapper().readValue(extra, CLAIMS));
			}
			catch (JacksonException ex) {
				send(exchange, 400, "text/plain", "the claims are not a JSON object");
				return;
			}
		}
		// Without the login page, each sign-in is a new user (as mock-oauth2-server did).
		String username = parameters.getOrDefault("username", "").trim();
		claims.put("sub", username.isEmpty() ? UUID.randomUUID().toString() : username);
		String code = UUID.randomUUID().toString();
		this.codes.put(code, new Grant(issuer, parameters.get("client_id"), claims, parameters.get("nonce"),
				parameters.get("code_challenge"), redirectUri));
		exchange.getResponseHeaders().set("Location", redirectUri + separator + "code=" + code + state);
		exchange.sendResponseHeaders(302, -1);
	}

	private static String loginPage(String issuer, Map<String, String> query) {
		StringBuilder hidden = new StringBuilder();
		query.forEach((name, value) -> hidden.append("<input type=\"hidden\" name=\"")
			.append(HtmlUtils.htmlEscape(name))
			.append("\" value=\"")
			.append(HtmlUtils.htmlEscape(value))
			.append("\">"));
		return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Demo provider sign-in</title>"
				+ "<style>body{font-family:system-ui,sans-serif;max-width:30rem;margin:3rem auto;padding:0 1rem}"
				+ "input,textarea{width:100%;font:inherit;margin:.25rem 0 1rem}</style></head><body>"
				+ "<h1>Demo provider</h1><p>" + HtmlUtils.htmlEscape(issuer) + "</p><form method=\"post\">" + hidden
				+ "<label>User name<input type=\"text\" name=\"username\" required autofocus></label>"
				+ "<label>Extra claims (JSON, optional)<textarea name=\"claims\" rows=\"3\" "
				+ "placeholder='{\"email\":\"jane@example.com\",\"email_verified\":true}'></textarea></label>"
				+ "<input type=\"submit\" value=\"Sign in\">"
				+ "<input type=\"submit\" name=\"cancel\" value=\"Cancel\" formnovalidate></form></body></html>";
	}

	private void token(HttpExchange exchange, String issuer) throws IOException {
		Map<String, String> form = form(body(exchange));
		Grant grant;
		if ("authorization_code".equals(form.get("grant_type"))) {
			grant = this.codes.remove(String.valueOf(form.get("code")));
			if (grant == null || !grant.issuer().equals(issuer)
					|| !String.valueOf(form.get("redirect_uri")).equals(grant.redirectUri())) {
				error(exchange, "invalid_grant");
				return;
			}
			if (grant.codeChallenge() != null && !grant.codeChallenge().equals(s256(form.get("code_verifier")))) {
				error(exchange, "invalid_grant");
				return;
			}
		}
		else if ("refresh_token".equals(form.get("grant_type"))) {
			grant = this.refreshTokens.get(String.valueOf(form.get("refresh_token")));
			if (grant == null) {
				error(exchange, "invalid_grant");
				return;
			}
		}
		else {
			error(exchange, "unsupported_grant_type");
			return;
		}
		String accessToken = UUID.randomUUID().toString();
		String refreshToken = UUID.randomUUID().toString();
		this.accessTokens.put(accessToken, grant);
		this.refreshTokens.put(refreshToken, grant);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("access_token", accessToken);
		answer.put("token_type", "Bearer");
		answer.put("expires_in", 3600);
		answer.put("refresh_token", refreshToken);
		answer.put("scope", "openid email profile");
		answer.put("id_token", idToken(grant));
		json(exchange, 200, answer);
	}

	private String idToken(Grant grant) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(grant.issuer())
			.audience(grant.clientId())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(3600)));
		grant.claims().forEach(claims::claim);
		if (grant.nonce() != null) {
			claims.claim("nonce", grant.nonce());
		}
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(this.key.getKeyID()).build(),
				claims.build());
		try {
			jwt.sign(new ECDSASigner(this.key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private void userInfo(HttpExchange exchange) throws IOException {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		Grant grant = (authorization != null && authorization.startsWith("Bearer "))
				? this.accessTokens.get(authorization.substring(7)) : null;
		if (grant == null) {
			send(exchange, 401, "application/json", "{\"error\":\"invalid_token\"}");
			return;
		}
		json(exchange, 200, grant.claims());
	}

	private static void error(HttpExchange exchange, String code) throws IOException {
		send(exchange, 400, "application/json", "{\"error\":\"" + code + "\"}");
	}

	private static void json(HttpExchange exchange, int status, Object body) throws IOException {
		send(exchange, status, "application/json", AuthJson.mapper().writeValueAsString(body));
	}

	private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	private static String body(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
		}
	}

	private static Map<String, String> form(@Nullable String raw) {
		Map<String, String> values = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return values;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			String name = URLDecoder.decode((eq < 0) ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			values.putIfAbsent(name, (eq < 0) ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return values;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static @Nullable String s256(@Nullable String verifier) {
		if (verifier == null) {
			return null;
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What a code, access token or refresh token stands for. */
	private record Grant(String issuer, String clientId, Map<String, Object> claims, @Nullable String nonce,
			@Nullable String codeChallenge, String redirectUri) {
	}

}
