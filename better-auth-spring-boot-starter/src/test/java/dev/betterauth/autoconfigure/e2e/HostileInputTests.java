package dev.betterauth.autoconfigure.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated hostile input over every endpoint and method: query strings, JSON, form and
 * raw bodies, headers and cookies, many of them malformed (broken percent-encoding,
 * invalid UTF-8, nulls where strings belong, oversized values, wrong types). Sent as raw
 * HTTP/1.1 bytes, so nothing is cleaned up by a client library on the way. Every answer
 * must be a client error or success, never a 5xx, a JSON error must be Better Auth's
 * envelope, and no answer may show a stack trace or a class name; nothing is written; and
 * a real sign-in works afterwards. A mixin of the end-to-end suite, so it runs on every
 * database. The seed is fixed, so a failure replays.
 */
interface HostileInputTests {

	long SEED = 20261130L;

	int REQUESTS = 2000;

	Pattern LEAK = Pattern.compile("\\tat [a-z]|[A-Za-z]+Exception\\b|\\b(java|javax|jakarta|org\\.springframework|"
			+ "org\\.apache|org\\.hibernate|dev\\.betterauth)\\.[a-z]+\\.");

	List<String> PATHS = List.of("/sign-in/social", "/callback/mock", "/callback/oidc", "/callback/nope",
			"/callback/%zz", "/get-session", "/sign-out", "/link-social", "/list-accounts", "/unlink-account",
			"/get-access-token", "/refresh-token", "/account-info", "/ok", "/error", "/no-such-endpoint",
			"/list-sessions", "/revoke-session", "/revoke-sessions", "/revoke-other-sessions", "/update-user",
			"/delete-user");

	List<String> METHODS = List.of("GET", "POST", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

	List<String> CONTENT_TYPES = List.of("application/json", "application/json", "application/json; charset=utf-8",
			"application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=utf-8", "text/plain",
			"multipart/form-data; boundary=x", "application/json; charset=bogus-charset", "", "*/*");

	List<String> NASTY = List.of("%zz", "%", "%4", "%C3%28", "%FF%FE", "%00", "%E2%82", "\u00e9", "%2F%2Fevil.example",
			"/.//evil.example", "javascript:alert(1)", "https://evil.example", "\"", "'", "<script>", "..%2F..%2F",
			"a".repeat(5000), "%u0041", "+", "&&&", "==", "null", "[]", "{}", "\ud83d\ude00");

	AbstractOAuthFlowTests suite();

	@Test
	default void hostileInputNeverGetsA5xxLeaksNothingAndWritesNothing() throws Exception {
		AbstractOAuthFlowTests t = suite();
		Random random = new Random(SEED);
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			byte[] request = hostileRequest(random);
			RawAnswer answer = RawAnswer.send(t.port, request);
			boolean jsonWithoutEnvelope = answer.status() >= 400 && answer.text().contains("application/json")
					&& !answer.text().contains("\"code\":\"");
			if (answer.status() >= 500 || answer.status() < 100 || LEAK.matcher(answer.text()).find()
					|| jsonWithoutEnvelope) {
				failures.add("#" + i + " " + answer.status() + " for "
						+ new String(request, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("") + " -> "
						+ answer.text().substring(0, Math.min(300, answer.text().length())));
			}
		}
		assertThat(failures).as("seed " + SEED).isEmpty();
		assertThat(t.counts().subList(0, 3)).as("no user, account or session written").containsExactly(0L, 0L, 0L);
		// The server still signs a user in.
		assertThat(t.signIn("mock", "u-after", "after@example.com", "at", "rt")).isNotNull();
	}

	private static byte[] hostileRequest(Random random) {
		String method = pick(random, METHODS);
		String path = "/api/auth" + pick(random, PATHS);
		String query = (random.nextInt(3) == 0) ? "" : "?" + query(random);
		String contentType = pick(random, CONTENT_TYPES);
		byte[] body = method.equals("GET") || method.equals("OPTIONS") ? new byte[0] : body(random, contentType);
		StringBuilder head = new StringBuilder();
		head.append(method).append(' ').append(path).append(query).append(" HTTP/1.1\r\n");
		head.append("Host: localhost\r\nConnection: close\r\n");
		if (!contentType.isEmpty() && body.length > 0) {
			head.append("Content-Type: ").append(contentType).append("\r\n");
		}
		if (random.nextBoolean()) {
			head.append("Cookie: ").append(cookie(random)).append("\r\n");
		}
		if (random.nextInt(4) == 0) {
			head.append("Origin: ").append(pick(random, List.of("null", "https://evil.example", "%zz"))).append("\r\n");
		}
		if (random.nextInt(4) == 0) {
			head.append("Authorization: Bearer ").append(token(random)).append("\r\n");
		}
		if (random.nextInt(8) == 0) {
			head.append("User-Agent: ").append("x".repeat(random.nextInt(3000))).append("\r\n");
		}
		boolean chunked = body.length > 0 && random.nextInt(6) == 0;
		if (chunked) {
			head.append("Transfer-Encoding: chunked\r\n\r\n");
		}
		else {
			head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
		if (chunked) {
			out.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.writeBytes(body);
			out.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		else {
			out.writeBytes(body);
		}
		return out.toByteArray();
	}

	private static String query(Random random) {
		StringBuilder query = new StringBuilder();
		int parameters = 1 + random.nextInt(4);
		for (int p = 0; p < parameters; p++) {
			if (p > 0) {
				query.append('&');
			}
			String name = pick(random, List.of("state", "code", "error", "error_description", "iss", "accountId",
					"disableRefresh", "callbackURL", "%zz", "a%", "state", "error"));
			query.append(name)
				.append('=')
				.append(value(random).replace(" ", "%20").replace("\r", "").replace("\n", ""));
		}
		return query.toString();
	}

	private static String value(Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> pick(random, NASTY);
			case 1 -> token(random);
			case 2 -> pick(random, NASTY) + token(random) + pick(random, NASTY);
			default -> "";
		};
	}

	private static byte[] body(Random random, String contentType) {
		if (contentType.startsWith("application/x-www-form-urlencoded")) {
			return (query(random)).getBytes(StandardCharsets.UTF_8);
		}
		return switch (random.nextInt(6)) {
			case 0 -> randomBytes(random);
			case 1 -> ("{\"provider\":" + jsonValue(random) + "}").getBytes(StandardCharsets.UTF_8);
			default -> json(random).getBytes(StandardCharsets.UTF_8);
		};
	}

	private static String json(Random random) {
		List<String> fields = List.of("provider", "callbackURL", "errorCallbackURL", "newUserCallbackURL",
				"disableRedirect", "scopes", "loginHint", "additionalParams", "requestSignUp", "idToken", "accountId",
				"useAccountCookie", "providerId", "token");
		StringBuilder json = new StringBuilder("{");
		int count = random.nextInt(6);
		for (int f = 0; f < count; f++) {
			if (f > 0) {
				json.append(',');
			}
			String field = pick(random, fields);
			json.append('"').append(field).append("\":");
			switch (field) {
				case "scopes" -> json.append(pick(random, List.of("[null]", "[\"email\",null]", "\"email\"", "[1,2]",
						"[\"" + "s".repeat(70_000) + "\"]", "[" + "\"x\",".repeat(300) + "\"y\"]", "[[]]")));
				case "additionalParams" -> json.append(pick(random, List.of("{\"a\":null}", "{\"a\":1}", "[]",
						"{\"client_id\":\"x\"}", "{\"" + "k".repeat(500) + "\":\"v\"}", "{\"a\":{\"b\":\"c\"}}")));
				case "idToken" -> json.append(pick(random, List.of("{\"token\":null}", "{\"token\":\"a.b.c\"}",
						"{\"token\":\"" + token(random) + "\",\"accessToken\":null}", "\"x\"", "{}", "[]")));
				case "provider" -> json.append(pick(random, List.of("\"mock\"", "\"oidc\"", "\"nope\"", "null", "1",
						"\"" + pick(random, NASTY).replace("\"", "") + "\"")));
				default -> json.append(jsonValue(random));
			}
		}
		return json.append(random.nextInt(10) == 0 ? "" : "}").toString();
	}

	private static String jsonValue(Random random) {
		return switch (random.nextInt(8)) {
			case 0 -> "null";
			case 1 -> "true";
			case 2 -> "12345678901234567890";
			case 3 -> "[]";
			case 4 -> "{\"nested\":{\"deeper\":[1,{\"x\":null}]}}";
			case 5 -> "\"" + "v".repeat(random.nextInt(70_000)) + "\"";
			case 6 -> "\"\\ud800\"";
			default -> "\"" + pick(random, NASTY).replace("\\", "").replace("\"", "") + "\"";
		};
	}

	private static String cookie(Random random) {
		return pick(random,
				List.of("better-auth.session_token=" + token(random),
						"better-auth.session_token=" + token(random) + "." + token(random), "better-auth.state=%zz",
						"better-auth.session_token=", "=;;;=", "better-auth.state=" + token(random) + ".AAAA",
						"better-auth.session_token=%E2%82"));
	}

	private static String token(Random random) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
		StringBuilder token = new StringBuilder();
		int length = 1 + random.nextInt(64);
		for (int c = 0; c < length; c++) {
			token.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return token.toString();
	}

	private static byte[] randomBytes(Random random) {
		byte[] bytes = new byte[random.nextInt(2000)];
		random.nextBytes(bytes);
		return bytes;
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/**
	 * What the server answered, read to the end of the connection.
	 */
	record RawAnswer(int status, String text) {

		static RawAnswer send(int port, byte[] request) throws IOException {
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
				socket.setSoTimeout(20_000);
				try {
					OutputStream out = socket.getOutputStream();
					out.write(request);
					out.flush();
				}
				catch (IOException ex) {
					// The server may answer (413) and close before reading the whole
					// body.
				}
				ByteArrayOutputStream received = new ByteArrayOutputStream();
				InputStream in = socket.getInputStream();
				byte[] buffer = new byte[8192];
				try {
					for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
						received.write(buffer, 0, n);
					}
				}
				catch (IOException ex) {
					// A reset after the answer: keep what arrived.
				}
				String text = received.toString(StandardCharsets.UTF_8);
				int space = text.indexOf(' ');
				int status = (text.startsWith("HTTP/1.1 ") && text.length() >= space + 4)
						? Integer.parseInt(text.substring(space + 1, space + 4)) : -1;
				return new RawAnswer(status, text);
			}
		}

	}

}
