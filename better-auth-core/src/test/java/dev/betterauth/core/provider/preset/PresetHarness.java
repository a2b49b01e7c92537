package dev.betterauth.core.provider.preset;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.betterauth.core.AuthJson;
import dev.betterauth.core.flow.AuthorizationRequest;
import dev.betterauth.core.flow.FlowSettings;
import dev.betterauth.core.flow.RequestLimits;
import dev.betterauth.core.flow.SocialSignIn;
import dev.betterauth.core.flow.UserInfoLoader;
import dev.betterauth.core.provider.IdTokenVerifier;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthProviders;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderHttpClient;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.StandardUserInfoMapper;
import dev.betterauth.core.provider.TokenSet;
import dev.betterauth.core.provider.UserInfoMapper;
import dev.betterauth.core.provider.UserInfoMappers;
import dev.betterauth.core.url.RedirectUrlPolicy;
import dev.betterauth.core.verification.Verification;
import dev.betterauth.core.verification.VerificationStore;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.support.HttpRequestWrapper;
import org.springframework.web.client.RestClient;

/**
 * Runs a preset against a fake of its provider: every call the starter's HTTP client
 * makes, to whatever host the preset names, is answered by one MockWebServer by path and
 * recorded with the host it was meant for ({@value #ORIGINAL_HOST}). The authorization
 * URL comes from the real {@link SocialSignIn}, the token request from the real
 * {@link ProviderHttpClient}, the user from the real {@link UserInfoLoader} (id_tokens
 * verified against this harness's RSA key at whatever JWKS path the preset names).
 */
final class PresetHarness implements AutoCloseable {

	static final String ORIGINAL_HOST = "X-Original-Host";

	static final String REDIRECT_URI_BASE = "http://localhost:8080/api/auth/callback/";

	private final MockWebServer server = new MockWebServer();

	private final Map<String, MockResponse> responses = new ConcurrentHashMap<>();

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private final RSAKey key;

	private final ProviderHttpClient http;

	private final IdTokenVerifier verifier;

	private final List<UserInfoMapper> applicationMappers = new ArrayList<>();

	PresetHarness() {
		try {
			this.key = new RSAKeyGenerator(2048).keyID("test-key").generate();
			this.server.setDispatcher(new Dispatcher() {
				@Override
				public MockResponse dispatch(RecordedRequest request) {
					PresetHarness.this.requests.add(request);
					MockResponse response = PresetHarness.this.responses.get(request.getUrl().encodedPath());
					return (response != null) ? response
							: new MockResponse.Builder().code(404).body("no answer for this path").build();
				}
			});
			this.server.start();
		}
		catch (IOException | JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		String base = "http://127.0.0.1:" + this.server.getPort();
		ClientHttpRequestInterceptor toFake = (request, body, execution) -> {
			URI original = request.getURI();
			URI rewritten = URI.create(base + original.getRawPath()
					+ ((original.getRawQuery() != null) ? "?" + original.getRawQuery() : ""));
			HttpRequest redirected = new HttpRequestWrapper(request) {
				@Override
				public URI getURI() {
					return rewritten;
				}
			};
			redirected.getHeaders().set(ORIGINAL_HOST, original.getScheme() + "://" + original.getRawAuthority());
			return execution.execute(redirected, body);
		};
		RestClient rest = RestClient.builder()
			.requestFactory(new JdkClientHttpRequestFactory(
					HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()))
			.requestInterceptor(toFake)
			.build();
		this.http = new ProviderHttpClient(rest, AuthJson.mapper(), Clock.systemUTC());
		this.verifier = new IdTokenVerifier(this.http::fetchText);
	}

	/** Answers a path with JSON. */
	PresetHarness json(String path, String body) {
		return respond(path,
				new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build());
	}

	PresetHarness respond(String path, MockResponse response) {
		this.responses.put(path, response);
		return this;
	}

	/** Serves this harness's key set at a path (the preset's JWKS path). */
	PresetHarness jwks(String path) {
		return json(path, new JWKSet(this.key.toPublicJWK()).toString());
	}

	/** An application mapper, consulted before the preset's mapping. */
	PresetHarness mapper(UserInfoMapper mapper) {
		this.applicationMappers.add(mapper);
		return this;
	}

	/**
	 * The preset configured with client id {@code client-id} and secret
	 * {@code client-secret}.
	 */
	OAuthProvider provider(String id, ProviderPreset preset, Map<String, String> options) {
		ProviderRegistration.Builder builder = ProviderRegistration.builder(id)
			.clientId("client-id")
			.clientSecret("client-secret")
			.type(preset.type());
		preset.configure(builder, new PresetOptions(options));
		return new OAuthProvider(builder.build(), this.http::fetchJson);
	}

	OAuthProvider provider(ProviderPreset preset) {
		return provider(preset.type(), preset, Map.of());
	}

	/** The authorization URL the real flow builds. */
	String authorizationUrl(OAuthProvider provider) {
		SocialSignIn signIn = new SocialSignIn(new OAuthProviders(List.of(provider)), new MemoryVerifications(),
				new RedirectUrlPolicy(List.of("http://localhost:8080")), new FlowSettings("http://localhost:8080",
						"/api/auth", "http://localhost:8080/api/auth/error", Duration.ofMinutes(10)),
				RequestLimits.defaults(), AuthJson.mapper(), Clock.systemUTC());
		return signIn
			.start(new AuthorizationRequest(provider.id(), null, null, null, List.of(), null, Map.of(), false, null))
			.authorizationUrl();
	}

	/** The query parameters of a URL, decoded, in order. */
	static Map<String, String> query(String url) {
		URI uri = URI.create(url);
		return decodeForm(uri.getRawQuery());
	}

	/**
	 * Exchanges the code {@code the-code} with PKCE verifier {@code the-verifier} (when
	 * the preset uses PKCE).
	 */
	TokenSet exchange(OAuthProvider provider, Map<String, String> callbackParameters) {
		return this.http.exchangeCode(provider, "the-code", provider.registration().pkce() ? "the-verifier" : null,
				REDIRECT_URI_BASE + provider.id(), callbackParameters);
	}

	TokenSet exchange(OAuthProvider provider) {
		return exchange(provider, Map.of());
	}

	TokenSet refresh(OAuthProvider provider) {
		return this.http.refresh(provider, "the-refresh-token");
	}

	/** The user the real loader maps from the tokens (no nonce check). */
	OAuthUserInfo userInfo(OAuthProvider provider, TokenSet tokens, Map<String, String> callbackParameters) {
		return loader().load(provider, tokens, null, callbackParameters);
	}

	/** The user the real loader maps, for a flow that sent this nonce. */
	OAuthUserInfo userInfoWithNonce(OAuthProvider provider, TokenSet tokens, String nonce) {
		return loader().load(provider, tokens, nonce, Map.of());
	}

	OAuthUserInfo userInfo(OAuthProvider provider, TokenSet tokens) {
		return userInfo(provider, tokens, Map.of());
	}

	/**
	 * A native app's token verified (and mapped) as {@code /sign-in/social} with
	 * {@code idToken} does.
	 */
	OAuthUserInfo nativeSignIn(OAuthProvider provider, String idToken, String accessToken) {
		return nativeSignIn(provider, idToken, accessToken, null);
	}

	/** A native sign-in that sends a nonce, as the app does. */
	OAuthUserInfo nativeSignIn(OAuthProvider provider, String idToken, String accessToken, String nonce) {
		return nativeSignIn(provider, idToken, accessToken, nonce, Map.of());
	}

	/** A native sign-in that sends a nonce and more (Apple's {@code user}). */
	OAuthUserInfo nativeSignIn(OAuthProvider provider, String idToken, String accessToken, String nonce,
			Map<String, String> appParameters) {
		UserInfoLoader loader = loader();
		Map<String, Object> claims = loader.verifiedNativeClaims(provider, idToken, nonce, accessToken);
		if (claims == null) {
			throw new IllegalStateException("the provider cannot verify native tokens");
		}
		return loader.mapClaims(provider, new TokenSet(accessToken, null, idToken, null, null, List.of()), claims,
				appParameters);
	}

	UserInfoLoader loader() {
		return new UserInfoLoader(this.http, new UserInfoMappers(this.applicationMappers, new StandardUserInfoMapper()),
				this.verifier);
	}

	/** An id_token signed with this harness's key, issued now and valid for an hour. */
	String idToken(Map<String, Object> claims) {
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
		claims.forEach(builder::claim);
		Instant now = Instant.now();
		if (!claims.containsKey("iat")) {
			builder.issueTime(Date.from(now));
		}
		if (!claims.containsKey("exp")) {
			builder.expirationTime(Date.from(now.plusSeconds(3600)));
		}
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
				builder.build());
		try {
			jwt.sign(new RSASSASigner(this.key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	/** The requests made to a path, in order. */
	List<RecordedRequest> requests(String path) {
		return this.requests.stream().filter((r) -> r.getUrl().encodedPath().equals(path)).toList();
	}

	/** The only request made to a path. */
	RecordedRequest request(String path) {
		List<RecordedRequest> found = requests(path);
		if (found.size() != 1) {
			throw new AssertionError("expected one request to " + path + ", got " + found.size() + " (all: "
					+ this.requests.stream().map((r) -> r.getMethod() + " " + r.getUrl()).toList() + ")");
		}
		return found.get(0);
	}

	/** Where a request was meant to go: scheme, host and path, as the preset named it. */
	static String target(RecordedRequest request) {
		return request.getHeaders().get(ORIGINAL_HOST) + request.getUrl().encodedPath();
	}

	/** The form body of a request, decoded. */
	static Map<String, String> form(RecordedRequest request) {
		return decodeForm(request.getBody().utf8());
	}

	/** The query of a request, decoded. */
	static Map<String, String> query(RecordedRequest request) {
		return decodeForm(request.getUrl().encodedQuery());
	}

	/** The client credentials of an HTTP Basic header, decoded. */
	static String basicCredentials(RecordedRequest request) {
		String header = request.getHeaders().get("Authorization");
		if (header == null || !header.startsWith("Basic ")) {
			throw new AssertionError("no Basic authorization header: " + header);
		}
		return new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
	}

	private static Map<String, String> decodeForm(String raw) {
		Map<String, String> values = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return values;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			String name = URLDecoder.decode((eq < 0) ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			values.put(name, (eq < 0) ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return values;
	}

	@Override
	public void close() throws IOException {
		this.verifier.close();
		this.server.close();
	}

	/** State rows for {@link SocialSignIn}, in memory. */
	private static final class MemoryVerifications implements VerificationStore {

		private final Map<String, Verification> rows = new ConcurrentHashMap<>();

		@Override
		public void insert(Verification verification) {
			this.rows.put(verification.getIdentifier(), verification);
		}

		@Override
		public Optional<Verification> findByIdentifier(String identifier) {
			return Optional.ofNullable(this.rows.get(identifier));
		}

		@Override
		public boolean consume(Verification verification) {
			return this.rows.remove(verification.getIdentifier()) != null;
		}

		@Override
		public int deleteExpired(Instant now) {
			return 0;
		}

	}

}
