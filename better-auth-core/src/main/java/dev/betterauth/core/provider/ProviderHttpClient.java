package dev.betterauth.core.provider;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Talks to provider endpoints: discovery, token, userinfo and the API calls of mappings
 * ({@link ProviderApi}); token requests pass through the provider's
 * {@link ProviderQuirks}, and the provider's headers go on every call. Redirects are
 * refused (a provider endpoint that redirects is misconfigured or hijacked), answers are
 * capped at 1 MiB, and every failure becomes a {@link ProviderException} that names the
 * endpoint but never a token.
 */
public class ProviderHttpClient {

	private static final int MAX_BODY_BYTES = 1 << 20;

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private static final TypeReference<List<Object>> LIST = new TypeReference<>() {
	};

	static final String OBSERVATION = "betterauth.provider.calls";

	private final RestClient rest;

	private final ObservationRegistry observations;

	private final JsonMapper json;

	private final Clock clock;

	/**
	 * @param rest a client whose request factory does not follow redirects and has
	 * bounded timeouts
	 * @param json the JSON mapper
	 * @param clock the clock used to turn {@code expires_in} into instants
	 */
	public ProviderHttpClient(RestClient rest, JsonMapper json, Clock clock) {
		this(rest, json, clock, ObservationRegistry.NOOP);
	}

	/**
	 * @param rest the client, with timeouts and redirects off
	 * @param json the mapper for answers
	 * @param clock the clock used to turn {@code expires_in} into instants
	 * @param observations where each call is observed as
	 * {@code betterauth.provider.calls}, tagged with the provider id, the operation, the
	 * host and the answer's status: never a token, a path or a query
	 */
	public ProviderHttpClient(RestClient rest, JsonMapper json, Clock clock, ObservationRegistry observations) {
		this.rest = rest;
		this.json = json;
		this.clock = clock;
		this.observations = observations;
	}

	/**
	 * Reads a JSON document such as an OpenID discovery document.
	 * @param uri where
	 * @return the document
	 */
	public Map<String, Object> fetchJson(URI uri) {
		Endpoint what = new Endpoint("the discovery endpoint", uri, "none", "discovery");
		return parseObject(get(uri, null, what), what);
	}

	/**
	 * Reads a document as text, such as a JWKS.
	 * @param uri where
	 * @return the body
	 */
	public String fetchText(URI uri) {
		return new String(get(uri, null, new Endpoint("the provider's key set endpoint", uri, "none", "jwks")).body(),
				StandardCharsets.UTF_8);
	}

	/**
	 * Exchanges an authorization code (RFC 6749 section 4.1.3, with the RFC 7636
	 * verifier).
	 * @param provider the provider
	 * @param code the authorization code
	 * @param codeVerifier the PKCE verifier, or {@code null} when PKCE is off
	 * @param redirectUri the redirect URI the code was issued for
	 * @return the tokens
	 */
	public TokenSet exchangeCode(OAuthProvider provider, String code, @Nullable String codeVerifier,
			String redirectUri) {
		return exchangeCode(provider, code, codeVerifier, redirectUri, Map.of());
	}

	/**
	 * Exchanges an authorization code (RFC 6749 section 4.1.3, with the RFC 7636
	 * verifier), letting the provider's quirks read the callback's parameters.
	 * @param provider the provider
	 * @param code the authorization code
	 * @param codeVerifier the PKCE verifier, or {@code null} when PKCE is off
	 * @param redirectUri the redirect URI the code was issued for
	 * @param callbackParameters the callback's parameters (VK's {@code device_id})
	 * @return the tokens
	 */
	public TokenSet exchangeCode(OAuthProvider provider, String code, @Nullable String codeVerifier, String redirectUri,
			Map<String, String> callbackParameters) {
		TokenRequest request = new TokenRequest(provider.registration(), provider.endpoints().tokenUri(),
				"authorization_code", callbackParameters);
		request.parameters().add("grant_type", "authorization_code");
		request.parameters().add("code", code);
		if (codeVerifier != null) {
			request.parameters().add("code_verifier", codeVerifier);
		}
		request.parameters().add("redirect_uri", redirectUri);
		return tokenRequest(provider, request);
	}

	/**
	 * Uses a refresh token (RFC 6749 section 6).
	 * @param provider the provider
	 * @param refreshToken the refresh token
	 * @return the tokens
	 */
	public TokenSet refresh(OAuthProvider provider, String refreshToken) {
		TokenRequest request = new TokenRequest(provider.registration(), provider.endpoints().tokenUri(),
				"refresh_token", Map.of());
		request.parameters().add("grant_type", "refresh_token");
		request.parameters().add("refresh_token", refreshToken);
		return tokenRequest(provider, request);
	}

	/**
	 * Reads the userinfo endpoint with the access token.
	 * @param provider the provider
	 * @param accessToken the access token
	 * @return the profile claims
	 */
	public Map<String, Object> fetchUserInfo(OAuthProvider provider, @Nullable String accessToken) {
		URI uri = provider.endpoints().userInfoUri();
		if (uri == null) {
			throw new ProviderException("Provider '" + provider.id() + "' has no userinfo endpoint");
		}
		Endpoint what = new Endpoint("the userinfo endpoint of provider '" + provider.id() + "'", uri, provider.id(),
				"userinfo");
		return parseObject(get(uri, accessToken, provider.registration().headers(), what), what);
	}

	/**
	 * A client for the provider's API carrying this access token.
	 * @param provider the provider
	 * @param accessToken the access token, or {@code null}
	 * @return the client
	 */
	public ProviderApi api(OAuthProvider provider, @Nullable String accessToken) {
		return new ProviderApi(this, provider, accessToken);
	}

	Map<String, Object> apiObject(OAuthProvider provider, URI uri, @Nullable String accessToken,
			Map<String, String> headers) {
		Endpoint what = apiEndpoint(provider, uri);
		return parseObject(get(uri, accessToken, merge(provider.registration().headers(), headers), what), what);
	}

	List<Object> apiArray(OAuthProvider provider, URI uri, @Nullable String accessToken, Map<String, String> headers) {
		Endpoint what = apiEndpoint(provider, uri);
		Response response = get(uri, accessToken, merge(provider.registration().headers(), headers), what);
		try {
			List<Object> list = this.json.readValue(response.body(), LIST);
			if (list == null) {
				throw what.failure("answered JSON null", null, null, null);
			}
			return list;
		}
		catch (JacksonException ex) {
			throw what.failure("answered something that is not a JSON array", null, null, ex);
		}
	}

	Binary apiBinary(OAuthProvider provider, URI uri, @Nullable String accessToken) {
		Endpoint what = apiEndpoint(provider, uri);
		Response response = call(what, () -> this.rest.get().uri(uri).headers((h) -> {
			provider.registration().headers().forEach(h::set);
			if (accessToken != null) {
				h.setBearerAuth(accessToken);
			}
		})
			.exchange((request, answer) -> Response.read(answer.getStatusCode(), answer.getHeaders(), answer.getBody()),
					false));
		response.requireSuccess(what, this);
		return new Binary((response.contentType() != null) ? response.contentType().toString() : null, response.body());
	}

	Map<String, Object> apiPostForm(OAuthProvider provider, URI uri, Map<String, String> form) {
		Endpoint what = apiEndpoint(provider, uri);
		MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
		form.forEach(body::add);
		Response response = call(what, () -> this.rest.post()
			.uri(uri)
			.headers((h) -> provider.registration().headers().forEach(h::set))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange((request, answer) -> Response.read(answer.getStatusCode(), answer.getHeaders(), answer.getBody()),
					false));
		response.requireSuccess(what, this);
		return parseObject(response, what);
	}

	Map<String, Object> apiPostJson(OAuthProvider provider, URI uri, @Nullable String accessToken,
			@Nullable String jsonBody) {
		Endpoint what = apiEndpoint(provider, uri);
		Response response = call(what, () -> {
			RestClient.RequestBodySpec spec = this.rest.post().uri(uri).headers((h) -> {
				provider.registration().headers().forEach(h::set);
				if (accessToken != null) {
					h.setBearerAuth(accessToken);
				}
			}).accept(MediaType.APPLICATION_JSON);
			if (jsonBody != null) {
				spec.contentType(MediaType.APPLICATION_JSON).body(jsonBody);
			}
			return spec.exchange(
					(request, answer) -> Response.read(answer.getStatusCode(), answer.getHeaders(), answer.getBody()),
					false);
		});
		response.requireSuccess(what, this);
		return parseObject(response, what);
	}

	private static Endpoint apiEndpoint(OAuthProvider provider, URI uri) {
		return new Endpoint("the API of provider '" + provider.id() + "'", uri, provider.id(), "api");
	}

	private static Map<String, String> merge(Map<String, String> first, Map<String, String> second) {
		if (second.isEmpty()) {
			return first;
		}
		Map<String, String> merged = new LinkedHashMap<>(first);
		merged.putAll(second);
		return merged;
	}

	private TokenSet tokenRequest(OAuthProvider provider, TokenRequest request) {
		String operation = request.isRefresh() ? "refresh" : "token";
		ProviderRegistration registration = provider.registration();
		registration.headers().forEach(request.headers()::set);
		if (registration.clientAuthentication() == ClientAuthentication.BASIC) {
			String credentials = formEncode(registration.clientId()) + ":"
					+ formEncode((registration.clientSecret() != null) ? registration.clientSecret() : "");
			request.headers()
				.set(HttpHeaders.AUTHORIZATION,
						"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		else {
			request.parameters().add("client_id", registration.clientId());
			if (registration.clientSecret() != null) {
				request.parameters().add("client_secret", registration.clientSecret());
			}
		}
		registration.quirks().tokenRequest(request);
		URI uri = request.isGet() ? UriComponentsBuilder.fromUri(request.uri())
			.queryParams(encoded(request.parameters()))
			.build(true)
			.toUri() : request.uri();
		Endpoint what = new Endpoint("the token endpoint of provider '" + provider.id() + "'", request.uri(),
				provider.id(), operation);
		Response response = call(what, () -> {
			RestClient.RequestBodySpec spec = (request.isGet() ? this.rest.method(HttpMethod.GET)
					: this.rest.method(HttpMethod.POST))
				.uri(uri)
				.headers((h) -> h.addAll(request.headers()))
				.accept(MediaType.APPLICATION_JSON);
			if (!request.isGet()) {
				spec.contentType(MediaType.APPLICATION_FORM_URLENCODED).body(request.parameters());
			}
			return spec.exchange(
					(req, answer) -> Response.read(answer.getStatusCode(), answer.getHeaders(), answer.getBody()),
					false);
		});
		response.requireSuccess(what, this);
		Map<String, Object> body = response.isForm() ? parseForm(response.body()) : parseObject(response, what);
		if (body.get("error") instanceof String error) {
			throw what.failure("answered error '" + printable(error) + "'", null, error, null);
		}
		String quirkError = registration.quirks().tokenResponseError(body);
		if (quirkError != null) {
			throw what.failure("answered error '" + printable(quirkError) + "'", null, quirkError, null);
		}
		return toTokenSet(body, registration, what);
	}

	private static MultiValueMap<String, String> encoded(MultiValueMap<String, String> parameters) {
		MultiValueMap<String, String> encoded = new LinkedMultiValueMap<>();
		parameters.forEach((name, values) -> values
			.forEach((value) -> encoded.add(formEncode(name), formEncode(value).replace("+", "%20"))));
		return encoded;
	}

	private TokenSet toTokenSet(Map<String, Object> body, ProviderRegistration registration, Endpoint what) {
		String accessToken = text(body.get("access_token"));
		if (accessToken == null) {
			throw what.failure("answered without an access_token", null, null, null);
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Long expiresIn = seconds(body.get("expires_in"));
		Instant accessExpiresAt = (expiresIn != null) ? now.plusSeconds(expiresIn)
				: (registration.accessTokenExpiresIn() != null) ? now.plus(registration.accessTokenExpiresIn()) : null;
		Long refreshExpiresIn = seconds(body.get("refresh_token_expires_in"));
		List<String> scopes = scopes(body.get("scope"));
		return new TokenSet(accessToken, text(body.get("refresh_token")), text(body.get("id_token")), accessExpiresAt,
				(refreshExpiresIn != null) ? now.plusSeconds(refreshExpiresIn) : null, scopes, body);
	}

	/** Granted scopes: a string split on spaces or commas, or a JSON array (Twitch). */
	private static List<String> scopes(@Nullable Object scope) {
		if (scope instanceof List<?> list) {
			return list.stream().map((item) -> text(item)).filter((item) -> item != null && !item.isBlank()).toList();
		}
		String text = text(scope);
		return (text != null) ? Arrays.stream(text.split("[\\s,]+")).filter((s) -> !s.isEmpty()).toList() : List.of();
	}

	/** A GET that must succeed, with a bearer token when one is given. */
	private Response get(URI uri, @Nullable String bearer, Endpoint what) {
		return get(uri, bearer, Map.of(), what);
	}

	private Response get(URI uri, @Nullable String bearer, Map<String, String> headers, Endpoint what) {
		Response response = call(what,
				() -> this.rest.get().uri(uri).accept(MediaType.APPLICATION_JSON).headers((h) -> {
					headers.forEach(h::set);
					if (bearer != null) {
						h.setBearerAuth(bearer);
					}
				})
					.exchange((request, answer) -> Response.read(answer.getStatusCode(), answer.getHeaders(),
							answer.getBody()), false));
		response.requireSuccess(what, this);
		return response;
	}

	private Response call(Endpoint what, Supplier<Response> exchange) {
		Observation observation = Observation.createNotStarted(OBSERVATION, this.observations)
			.lowCardinalityKeyValue("provider", what.provider())
			.lowCardinalityKeyValue("operation", what.operation())
			.lowCardinalityKeyValue("host", String.valueOf(what.uri().getHost()))
			.start();
		try {
			Response response = exchange.get();
			observation.lowCardinalityKeyValue("status", Integer.toString(response.status()));
			return response;
		}
		catch (RestClientException ex) {
			observation.lowCardinalityKeyValue("status", "unreachable");
			observation.error(ex);
			throw what.failure("could not be reached", rootMessage(ex), null, ex);
		}
		finally {
			observation.stop();
		}
	}

	private Map<String, Object> parseObject(Response response, Endpoint what) {
		try {
			Map<String, Object> map = this.json.readValue(response.body(), MAP);
			if (map == null) {
				throw what.failure("answered JSON null", null, null, null);
			}
			return map;
		}
		catch (JacksonException ex) {
			throw what.failure("answered something that is not a JSON object", null, null, ex);
		}
	}

	String describeError(Response response) {
		try {
			Map<String, Object> body = response.isForm() ? parseForm(response.body())
					: this.json.readValue(response.body(), MAP);
			if (body != null && body.get("error") instanceof String error) {
				return error;
			}
		}
		catch (JacksonException ex) {
			// Not an OAuth error document; the status says enough.
		}
		return null;
	}

	private static Map<String, Object> parseForm(byte[] body) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (String pair : new String(body, StandardCharsets.UTF_8).trim().split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = URLDecoder.decode((eq < 0) ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = (eq < 0) ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			map.putIfAbsent(name, value);
		}
		return map;
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		String text = value.toString();
		return text.isEmpty() ? null : text;
	}

	private static Long seconds(Object value) {
		if (value instanceof Number number) {
			return number.longValue();
		}
		if (value instanceof String text && !text.isBlank()) {
			try {
				return Long.parseLong(text.trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static String formEncode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * A provider's error code as it may be shown: OAuth error codes are printable ASCII.
	 */
	private static String printable(String error) {
		return (error.length() <= 64 && error.chars().allMatch((c) -> c > 0x20 && c < 0x7f && c != '\'' && c != '"'))
				? error : "(not shown)";
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName() + ((message != null) ? " (" + message + ")" : "");
	}

	/**
	 * An endpoint as users may read it ({@code name}, no URL) and as the log needs it
	 * ({@code uri}).
	 */
	record Endpoint(String name, URI uri, String provider, String operation) {

		ProviderException failure(String problem, @Nullable String cause, @Nullable String oauthError,
				@Nullable Throwable exception) {
			return new ProviderException(name + " " + problem, this.uri + ((cause != null) ? ": " + cause : ""),
					oauthError, exception);
		}

	}

	/**
	 * A binary answer, such as a profile photo.
	 *
	 * @param contentType its media type, may be {@code null}
	 * @param bytes its content
	 */
	public record Binary(@Nullable String contentType, byte[] bytes) {
	}

	record Response(int status, MediaType contentType, byte[] body) {

		static Response read(HttpStatusCode status, HttpHeaders headers, InputStream body) throws IOException {
			byte[] bytes = (body != null) ? body.readNBytes(MAX_BODY_BYTES + 1) : new byte[0];
			if (bytes.length > MAX_BODY_BYTES) {
				throw new IOException("answer larger than " + MAX_BODY_BYTES + " bytes");
			}
			return new Response(status.value(), headers.getContentType(), bytes);
		}

		boolean isForm() {
			return this.contentType != null && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(this.contentType);
		}

		void requireSuccess(Endpoint what, ProviderHttpClient client) {
			if (this.status >= 300 && this.status < 400) {
				throw what.failure("answered a redirect (" + this.status + "), which is refused", null, null, null);
			}
			if (this.status >= 400) {
				String error = client.describeError(this);
				throw what.failure("answered HTTP " + this.status
						+ ((error != null) ? " with error '" + printable(error) + "'" : ""), null, error, null);
			}
		}

	}

}
