package dev.betterauth.core.flow;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.BetterAuthException.Kind;
import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.crypto.Pkce;
import dev.betterauth.core.crypto.RandomStrings;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthProviders;
import dev.betterauth.core.provider.ProviderEndpoints;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.url.QueryString;
import dev.betterauth.core.url.RedirectUrlPolicy;
import dev.betterauth.core.verification.Verification;
import dev.betterauth.core.verification.VerificationStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the authorization-code flow: validates the request, stores the state (with the
 * PKCE verifier and the OpenID nonce) as a verification row, and builds the authorization
 * URL.
 */
public class SocialSignIn {

	private static final Logger logger = LoggerFactory.getLogger(SocialSignIn.class);

	/** Parameters the flow sets itself; a client may not override them. */
	static final Set<String> RESERVED_PARAMETERS = Set.of("response_type", "client_id", "client_secret", "redirect_uri",
			"state", "scope", "nonce", "code_challenge", "code_challenge_method", "login_hint");

	private static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(1);

	private final OAuthProviders providers;

	private final VerificationStore verifications;

	private final RedirectUrlPolicy redirectUrls;

	private final FlowSettings settings;

	private final RequestLimits limits;

	private final JsonMapper json;

	private final Clock clock;

	private final AtomicLong nextCleanup = new AtomicLong();

	public SocialSignIn(OAuthProviders providers, VerificationStore verifications, RedirectUrlPolicy redirectUrls,
			FlowSettings settings, RequestLimits limits, JsonMapper json, Clock clock) {
		this.limits = limits;
		this.providers = providers;
		this.verifications = verifications;
		this.redirectUrls = redirectUrls;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Starts a flow.
	 * @param request the request
	 * @return the authorization URL and state
	 * @throws BetterAuthException {@code VALIDATION_ERROR}, {@code INVALID_CALLBACK_URL}
	 * (and siblings), {@code PROVIDER_NOT_FOUND} or {@code PROVIDER_UNAVAILABLE}
	 */
	public StartedFlow start(AuthorizationRequest request) {
		validate(request);
		OAuthProvider provider = this.providers.find(request.providerId())
			.orElseThrow(
					() -> new BetterAuthException(Kind.NOT_FOUND, ErrorCodes.PROVIDER_NOT_FOUND, "Provider not found"));
		ProviderEndpoints endpoints;
		try {
			endpoints = provider.endpoints();
		}
		catch (ProviderException ex) {
			logger.warn("Provider {} could not be set up: {}", provider.id(), ex.logLine());
			throw new BetterAuthException(Kind.PROVIDER_UNAVAILABLE, ErrorCodes.PROVIDER_UNAVAILABLE,
					"Provider '" + provider.id() + "' could not be set up: " + ex.getMessage());
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		cleanUpExpired(now);
		String state = RandomStrings.alphanumeric(32);
		boolean pkce = provider.registration().pkce();
		String verifier = pkce ? Pkce.newVerifier() : null;
		String nonce = (provider.registration().openId() && provider.registration().quirks().idTokenNonce())
				? RandomStrings.alphanumeric(32) : null;
		List<String> scopes = scopes(request, provider);
		Instant expiresAt = now.plus(this.settings.stateTimeToLive());
		OAuthState data = new OAuthState(
				(request.callbackURL() != null) ? request.callbackURL() : this.settings.baseUrl(), verifier,
				request.errorCallbackURL(), request.newUserCallbackURL(), expiresAt.toEpochMilli(), provider.id(),
				state, nonce, request.requestSignUp() ? Boolean.TRUE : null, scopes, request.link());
		String value = this.json.writeValueAsString(data);
		if (value.getBytes(StandardCharsets.UTF_8).length > RequestLimits.MAX_STATE_BYTES) {
			throw BetterAuthException.validation("body",
					"the sign-in request is too large to store (scopes, additionalParams and URLs together)");
		}
		this.verifications
			.insert(new Verification(RandomStrings.id(), OAuthState.identifier(state), value, now, expiresAt));

		ProviderRegistration registration = provider.registration();
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("response_type", "code");
		parameters.put("client_id", registration.clientId());
		parameters.put("state", state);
		if (!scopes.isEmpty()) {
			parameters.put("scope", String.join(" ", scopes));
		}
		parameters.put("redirect_uri", this.settings.redirectUri(provider.id()));
		if (request.loginHint() != null) {
			parameters.put("login_hint", request.loginHint());
		}
		if (nonce != null) {
			parameters.put("nonce", nonce);
		}
		if (pkce) {
			parameters.put("code_challenge_method", "S256");
			parameters.put("code_challenge", Pkce.s256Challenge(verifier));
		}
		parameters.putAll(registration.authorizationParameters());
		parameters.putAll(new TreeMap<>(request.additionalParams()));
		registration.quirks().authorizationParameters(parameters, registration);
		QueryString url = QueryString.of(endpoints.authorizationUri().toString());
		parameters.forEach(url::add);
		return new StartedFlow(registration.quirks().authorizationUrl(url.toString()), state);
	}

	private void validate(AuthorizationRequest request) {
		if (request.providerId() == null || request.providerId().isBlank()) {
			throw BetterAuthException.validation("provider", "Invalid input");
		}
		checkLimits(request);
		Set<String> reserved = new TreeSet<>();
		request.additionalParams().forEach((name, value) -> {
			if (RESERVED_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
				reserved.add(name);
			}
		});
		if (!reserved.isEmpty()) {
			throw BetterAuthException.validation("additionalParams",
					"reserved parameters cannot be overridden: " + String.join(", ", reserved));
		}
		check(request.callbackURL(), ErrorCodes.INVALID_CALLBACK_URL, "Invalid callbackURL");
		check(request.errorCallbackURL(), ErrorCodes.INVALID_ERROR_CALLBACK_URL, "Invalid errorCallbackURL");
		check(request.newUserCallbackURL(), ErrorCodes.INVALID_NEW_USER_CALLBACK_URL, "Invalid newUserCallbackURL");
	}

	private void checkLimits(AuthorizationRequest request) {
		RequestLimits limits = this.limits;
		if (request.scopes().size() > limits.maxScopes()) {
			throw BetterAuthException.validation("scopes",
					"at most " + limits.maxScopes() + " scopes may be requested");
		}
		for (String scope : request.scopes()) {
			if (scope.length() > limits.maxScopeLength()) {
				throw BetterAuthException.validation("scopes",
						"a scope may be at most " + limits.maxScopeLength() + " characters long");
			}
		}
		if (request.additionalParams().size() > limits.maxAdditionalParams()) {
			throw BetterAuthException.validation("additionalParams",
					"at most " + limits.maxAdditionalParams() + " parameters may be sent");
		}
		request.additionalParams().forEach((name, value) -> {
			if (name.isEmpty() || name.length() > limits.maxAdditionalParamNameLength()) {
				throw BetterAuthException.validation("additionalParams",
						"a parameter name must have 1 to " + limits.maxAdditionalParamNameLength() + " characters");
			}
			if (value.length() > limits.maxAdditionalParamValueLength()) {
				throw BetterAuthException.validation("additionalParams." + name,
						"may be at most " + limits.maxAdditionalParamValueLength() + " characters long");
			}
		});
		if (request.loginHint() != null && request.loginHint().length() > limits.maxLoginHintLength()) {
			throw BetterAuthException.validation("loginHint",
					"may be at most " + limits.maxLoginHintLength() + " characters long");
		}
		checkLength("callbackURL", request.callbackURL());
		checkLength("errorCallbackURL", request.errorCallbackURL());
		checkLength("newUserCallbackURL", request.newUserCallbackURL());
	}

	private void checkLength(String field, @Nullable String url) {
		if (url != null && url.length() > this.limits.maxUrlLength()) {
			throw BetterAuthException.validation(field,
					"may be at most " + this.limits.maxUrlLength() + " characters long");
		}
	}

	private void check(String url, String code, String message) {
		if (url != null && !this.redirectUrls.isAllowed(url)) {
			throw new BetterAuthException(Kind.FORBIDDEN, code, message);
		}
	}

	private static List<String> scopes(AuthorizationRequest request, OAuthProvider provider) {
		LinkedHashSet<String> scopes = new LinkedHashSet<>();
		for (String scope : request.scopes()) {
			if (scope != null && !scope.isBlank()) {
				scopes.add(scope.trim());
			}
		}
		scopes.addAll(provider.registration().scopes());
		return List.copyOf(scopes);
	}

	private void cleanUpExpired(Instant now) {
		long due = this.nextCleanup.get();
		// At most once a minute per instance, and only one thread does it.
		if (now.toEpochMilli() >= due
				&& this.nextCleanup.compareAndSet(due, now.plus(CLEANUP_INTERVAL).toEpochMilli())) {
			this.verifications.deleteExpired(now);
		}
	}

}
