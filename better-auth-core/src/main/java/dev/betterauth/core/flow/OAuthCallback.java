package dev.betterauth.core.flow;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.metrics.AuthMetrics;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthProviders;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderHttpClient;
import dev.betterauth.core.provider.TokenSet;
import dev.betterauth.core.signin.SignInAttempt;
import dev.betterauth.core.signin.SignInResult;
import dev.betterauth.core.signin.SignInService;
import dev.betterauth.core.url.QueryString;
import dev.betterauth.core.verification.Verification;
import dev.betterauth.core.verification.VerificationStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finishes the authorization-code flow, in Better Auth's order of checks: request shape,
 * state present, state cookie matches (else the row, kept, only says where to send the
 * error), state found and consumed in one statement (of concurrent callbacks exactly one
 * proceeds), not expired, issued for this provider, provider error, code present,
 * provider configured, {@code iss}, code exchange, user info, email, linking rules.
 */
public class OAuthCallback {

	private static final Logger logger = LoggerFactory.getLogger(OAuthCallback.class);

	private static final List<String> SINGLE_VALUED = List.of("code", "state", "error", "error_description", "iss");

	private final OAuthProviders providers;

	private final VerificationStore verifications;

	private final ProviderHttpClient http;

	private final UserInfoLoader userInfo;

	private final SignInService signIn;

	private final FlowSettings settings;

	private final JsonMapper json;

	private final Clock clock;

	private AuthMetrics metrics = AuthMetrics.NONE;

	public OAuthCallback(OAuthProviders providers, VerificationStore verifications, ProviderHttpClient http,
			UserInfoLoader userInfo, SignInService signIn, FlowSettings settings, JsonMapper json, Clock clock) {
		this.providers = providers;
		this.verifications = verifications;
		this.http = http;
		this.userInfo = userInfo;
		this.signIn = signIn;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Handles a callback. Never throws for bad input: every failure is a redirect with an
	 * error code.
	 * @param request the callback
	 * @return where to go, and the session on success
	 */
	public CallbackResult handle(CallbackRequest request) {
		CallbackResult result;
		try {
			result = process(request);
		}
		catch (RuntimeException ex) {
			logger.error("OAuth callback for provider {} failed unexpectedly", request.providerId(), ex);
			result = fail(this.settings.errorUrl(), ErrorCodes.INTERNAL_SERVER_ERROR,
					"the sign-in failed on the server; nothing was saved", true);
		}
		if (result.session() != null || result.errorCode() != null) {
			// A completed link is not a sign-in.
			this.metrics.signIn(request.providerId(), result.errorCode());
		}
		return result;
	}

	/**
	 * Where sign-in outcomes are reported.
	 * @param metrics the metrics
	 */
	public void setMetrics(AuthMetrics metrics) {
		this.metrics = metrics;
	}

	private CallbackResult process(CallbackRequest request) {
		String defaultErrorUrl = this.settings.errorUrl();
		Map<String, List<String>> parameters = request.parameters();
		for (String name : SINGLE_VALUED) {
			List<String> values = parameters.get(name);
			if (values != null && values.size() > 1) {
				return fail(defaultErrorUrl, ErrorCodes.INVALID_CALLBACK_REQUEST,
						"parameter '" + name + "' was sent twice", false);
			}
		}
		String state = single(parameters, "state");
		if (state == null || state.isEmpty()) {
			return fail(defaultErrorUrl, ErrorCodes.STATE_NOT_FOUND, "the callback carries no state parameter", false);
		}
		if (state.length() > 256) {
			return fail(defaultErrorUrl, ErrorCodes.STATE_MISMATCH, "no sign-in was started with this state", false);
		}
		if (request.stateCookie() == null || !request.stateCookie().equals(state)) {
			// The row is kept: the browser that started the flow can still finish it.
			Optional<OAuthState> started = this.verifications.findByIdentifier(OAuthState.identifier(state))
				.map(this::read);
			if (started.isEmpty()) {
				return fail(defaultErrorUrl, ErrorCodes.STATE_MISMATCH,
						"no sign-in was started with this state, or it was already used", false);
			}
			return fail(errorUrl(started.get(), defaultErrorUrl), ErrorCodes.STATE_MISMATCH,
					"this browser did not start this sign-in (the state cookie is missing or different)", false);
		}
		// One statement finds and consumes the state: of concurrent callbacks exactly one
		// gets it.
		Optional<Verification> row = this.verifications.consumeByIdentifier(OAuthState.identifier(state));
		if (row.isEmpty()) {
			return fail(defaultErrorUrl, ErrorCodes.STATE_MISMATCH,
					"no sign-in was started with this state, or it was already used", true);
		}
		OAuthState flow = read(row.get());
		if (flow == null) {
			return fail(defaultErrorUrl, ErrorCodes.STATE_MISMATCH, "the stored sign-in state is unreadable", true);
		}
		String errorUrl = errorUrl(flow, defaultErrorUrl);
		if (flow.expiresAt() < this.clock.millis()) {
			return fail(errorUrl, ErrorCodes.STATE_MISMATCH,
					"the sign-in took too long and expired; please start again", true);
		}
		if (flow.providerId() == null || !flow.providerId().equals(request.providerId())) {
			return fail(errorUrl, ErrorCodes.STATE_MISMATCH, "this sign-in was started for another provider", true);
		}
		String providerError = single(parameters, "error");
		if (providerError != null) {
			return fail(errorUrl, providerError, single(parameters, "error_description"), true);
		}
		String code = single(parameters, "code");
		if (code == null || code.isEmpty()) {
			return fail(errorUrl, ErrorCodes.NO_CODE, "the provider sent no authorization code", true);
		}
		Optional<OAuthProvider> found = this.providers.find(request.providerId());
		if (found.isEmpty()) {
			return fail(errorUrl, ErrorCodes.OAUTH_PROVIDER_NOT_FOUND,
					"provider '" + request.providerId() + "' is not configured", true);
		}
		OAuthProvider provider = found.get();
		try {
			return complete(request, provider, flow, code);
		}
		catch (OAuthFlowException ex) {
			return fail(errorUrl, ex.code(), ex.description(), true);
		}
	}

	private CallbackResult complete(CallbackRequest request, OAuthProvider provider, OAuthState flow, String code) {
		String issuer;
		try {
			issuer = provider.endpoints().issuer();
		}
		catch (ProviderException ex) {
			logger.warn("Provider {} could not be set up: {}", provider.id(), ex.logLine());
			throw new OAuthFlowException(ErrorCodes.INVALID_CODE, ex.getMessage(), ex);
		}
		String iss = single(request.parameters(), "iss");
		if (iss != null && issuer != null && !iss.equals(issuer)) {
			throw new OAuthFlowException(ErrorCodes.ISSUER_MISMATCH,
					"the callback's iss parameter names another issuer than provider '" + provider.id() + "'");
		}
		Map<String, String> callbackParameters = firstValues(request.parameters());
		TokenSet tokens;
		try {
			tokens = this.http.exchangeCode(provider, code, flow.codeVerifier(),
					this.settings.redirectUri(provider.id()), callbackParameters);
		}
		catch (ProviderException ex) {
			logger.warn("Code exchange with provider {} failed: {}", provider.id(), ex.logLine());
			throw new OAuthFlowException(ErrorCodes.INVALID_CODE, ex.getMessage(), ex);
		}
		OAuthUserInfo info = this.userInfo.load(provider, tokens, flow.idTokenNonce(), callbackParameters)
			.withPlaceholderEmailIfMissing(provider.registration());
		SignInAttempt attempt = new SignInAttempt(provider.id(), provider.registration().rules(), info, tokens,
				flow.requestedScopes(), Boolean.TRUE.equals(flow.requestSignUp()), request.client());
		if (flow.link() != null) {
			// An explicit link: the account joins the signed-in user; no new session.
			this.signIn.link(flow.link(), attempt);
			return new CallbackResult(flow.callbackURL(), null, true, null);
		}
		if (info.email() == null || info.email().isBlank()) {
			throw new OAuthFlowException(ErrorCodes.EMAIL_NOT_FOUND, "provider '" + provider.id()
					+ "' did not return an email; request the email scope or map a custom claim");
		}
		SignInResult result = this.signIn.signIn(attempt);
		String target = (result.newUser() && flow.newUserURL() != null) ? flow.newUserURL() : flow.callbackURL();
		return new CallbackResult(target, result.session(), true, null);
	}

	private @Nullable OAuthState read(Verification row) {
		try {
			return this.json.readValue(row.getValue(), OAuthState.class);
		}
		catch (JacksonException ex) {
			logger.warn("Unreadable OAuth state row {}", row.getId());
			return null;
		}
	}

	private static String errorUrl(OAuthState flow, String defaultErrorUrl) {
		return (flow.errorURL() != null) ? flow.errorURL() : defaultErrorUrl;
	}

	private CallbackResult fail(String errorUrl, String code, String description, boolean expireStateCookie) {
		QueryString url = QueryString.of(errorUrl).add("error", code);
		if (description != null && !description.isEmpty()) {
			url.add("error_description", description);
		}
		return new CallbackResult(url.toString(), null, expireStateCookie, code);
	}

	private static Map<String, String> firstValues(Map<String, List<String>> parameters) {
		Map<String, String> first = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (values != null && !values.isEmpty() && values.get(0) != null) {
				first.put(name, values.get(0));
			}
		});
		return first;
	}

	private static String single(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

}
