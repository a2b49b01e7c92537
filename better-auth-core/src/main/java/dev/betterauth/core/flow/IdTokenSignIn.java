package dev.betterauth.core.flow;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.BetterAuthException.Kind;
import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.metrics.AuthMetrics;
import dev.betterauth.core.provider.AccessTokenHash;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthProviders;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.TokenSet;
import dev.betterauth.core.session.ClientInfo;
import dev.betterauth.core.signin.SignInAttempt;
import dev.betterauth.core.signin.SignInResult;
import dev.betterauth.core.signin.SignInService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs a native or mobile client in with an id_token it obtained itself ({@code POST
 * /sign-in/social} with {@code idToken}). The token is verified exactly as in the
 * redirect flow (signature against the provider's JWKS, {@code iss}, {@code aud},
 * {@code exp}/{@code iat}, and the nonce when the client sends one); then the same
 * linking rules apply.
 */
public class IdTokenSignIn {

	private static final Logger logger = LoggerFactory.getLogger(IdTokenSignIn.class);

	private final OAuthProviders providers;

	private final UserInfoLoader userInfo;

	private final SignInService signIn;

	private final Clock clock;

	private AuthMetrics metrics = AuthMetrics.NONE;

	public IdTokenSignIn(OAuthProviders providers, UserInfoLoader userInfo, SignInService signIn, Clock clock) {
		this.providers = providers;
		this.userInfo = userInfo;
		this.signIn = signIn;
		this.clock = clock;
	}

	/**
	 * Signs in.
	 * @param providerId the provider
	 * @param idToken the id_token
	 * @param nonce the nonce the client sent to the provider, or {@code null}
	 * @param accessToken the provider access token the client holds, or {@code null}
	 * @param refreshToken the provider refresh token the client holds, or {@code null}
	 * @param requestSignUp whether the client asks to sign up
	 * @param client the client
	 * @return the user and new session
	 * @throws BetterAuthException Better Auth's codes: 404 {@code PROVIDER_NOT_FOUND} and
	 * {@code ID_TOKEN_NOT_SUPPORTED}, 401 {@code INVALID_TOKEN},
	 * {@code FAILED_TO_GET_USER_INFO}, {@code USER_EMAIL_NOT_FOUND} and the linking
	 * rules' codes in upper case
	 */
	public SignInResult signIn(String providerId, String idToken, @Nullable String nonce, @Nullable String accessToken,
			@Nullable String refreshToken, boolean requestSignUp, ClientInfo client) {
		return signIn(providerId, idToken, nonce, accessToken, refreshToken, requestSignUp, client, Map.of());
	}

	/**
	 * Signs in, with what the app sent besides the tokens.
	 * @param providerId the provider
	 * @param idToken the id_token
	 * @param nonce the nonce the app used, or {@code null}
	 * @param accessToken the access token the app got, or {@code null}
	 * @param refreshToken the refresh token the app got, or {@code null}
	 * @param requestSignUp whether the app asks to sign up
	 * @param client the client, recorded on the session
	 * @param appParameters what the mapping may read as callback parameters (Apple's
	 * {@code user}, the name given at first consent)
	 * @return the signed-in user and session
	 */
	public SignInResult signIn(String providerId, String idToken, @Nullable String nonce, @Nullable String accessToken,
			@Nullable String refreshToken, boolean requestSignUp, ClientInfo client,
			Map<String, String> appParameters) {
		try {
			SignInResult result = verifyAndSignIn(providerId, idToken, nonce, accessToken, refreshToken, requestSignUp,
					client, appParameters);
			this.metrics.signIn(providerId, null);
			return result;
		}
		catch (BetterAuthException ex) {
			this.metrics.signIn(providerId, ex.code());
			throw ex;
		}
	}

	/**
	 * Where sign-in outcomes are reported.
	 * @param metrics the metrics
	 */
	public void setMetrics(AuthMetrics metrics) {
		this.metrics = metrics;
	}

	private SignInResult verifyAndSignIn(String providerId, String idToken, @Nullable String nonce,
			@Nullable String accessToken, @Nullable String refreshToken, boolean requestSignUp, ClientInfo client,
			Map<String, String> appParameters) {
		OAuthProvider provider = this.providers.find(providerId)
			.orElseThrow(
					() -> new BetterAuthException(Kind.NOT_FOUND, ErrorCodes.PROVIDER_NOT_FOUND, "Provider not found"));
		Map<String, Object> claims;
		try {
			claims = this.userInfo.verifiedNativeClaims(provider, idToken, nonce, accessToken);
		}
		catch (OAuthFlowException ex) {
			throw new BetterAuthException(Kind.UNAUTHORIZED, ErrorCodes.INVALID_TOKEN,
					"Invalid id_token: " + ex.description());
		}
		catch (ProviderException ex) {
			logger.warn("Provider {} could not be set up: {}", providerId, ex.logLine());
			throw new BetterAuthException(Kind.PROVIDER_UNAVAILABLE, ErrorCodes.PROVIDER_UNAVAILABLE,
					"Provider '" + providerId + "' could not be set up: " + ex.getMessage());
		}
		if (claims == null) {
			throw new BetterAuthException(Kind.NOT_FOUND, ErrorCodes.ID_TOKEN_NOT_SUPPORTED,
					"Provider " + providerId + " has no JWKS (OpenID discovery) to verify id_tokens with");
		}
		TokenSet sent = new TokenSet(accessToken, refreshToken, idToken, null, null, List.of());
		OAuthUserInfo info;
		try {
			info = this.userInfo.mapClaims(provider, sent, claims, appParameters)
				.withPlaceholderEmailIfMissing(provider.registration());
		}
		catch (OAuthFlowException ex) {
			throw new BetterAuthException(Kind.UNAUTHORIZED, ErrorCodes.FAILED_TO_GET_USER_INFO, ex.description());
		}
		if (info.email() == null || info.email().isBlank()) {
			throw new BetterAuthException(Kind.UNAUTHORIZED, ErrorCodes.USER_EMAIL_NOT_FOUND,
					"The id_token carries no email");
		}
		if (accessToken != null && claims.get("at_hash") instanceof String atHash
				&& !AccessTokenHash.matches(algorithm(idToken), accessToken, atHash)) {
			throw new BetterAuthException(Kind.UNAUTHORIZED, ErrorCodes.INVALID_TOKEN,
					"The access token was not issued with this id_token (at_hash does not match)");
		}
		TokenSet tokens = new TokenSet(accessToken, refreshToken, idToken,
				(accessToken != null) ? accessTokenExpiry(provider, claims) : null, null, List.of());
		try {
			return this.signIn.signIn(new SignInAttempt(providerId, provider.registration().rules(), info, tokens,
					List.of(), requestSignUp, client));
		}
		catch (OAuthFlowException ex) {
			throw new BetterAuthException(Kind.UNAUTHORIZED, ex.code().toUpperCase(Locale.ROOT), ex.description());
		}
	}

	/**
	 * A client-sent access token comes without {@code expires_in}: it is taken to last as
	 * the provider's configured lifetime, else as long as the id_token it came with,
	 * never for ever (which would make {@code get-access-token} hand it out after it
	 * died).
	 */
	private Instant accessTokenExpiry(OAuthProvider provider, Map<String, Object> claims) {
		Duration configured = provider.registration().accessTokenExpiresIn();
		if (configured != null) {
			return this.clock.instant().truncatedTo(ChronoUnit.MILLIS).plus(configured);
		}
		Object exp = claims.get("exp");
		long seconds = (exp instanceof Date date) ? date.getTime() / 1000
				: (exp instanceof Number number) ? number.longValue() : this.clock.instant().getEpochSecond();
		return Instant.ofEpochSecond(seconds);
	}

	private static String algorithm(String idToken) {
		try {
			return JWSHeader.parse(new Base64URL(idToken.substring(0, idToken.indexOf('.')))).getAlgorithm().getName();
		}
		catch (ParseException | IndexOutOfBoundsException ex) {
			return "";
		}
	}

}
