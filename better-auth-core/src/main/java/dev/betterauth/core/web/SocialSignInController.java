package dev.betterauth.core.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.Timestamps;
import dev.betterauth.core.flow.AuthorizationRequest;
import dev.betterauth.core.flow.IdTokenSignIn;
import dev.betterauth.core.flow.SocialSignIn;
import dev.betterauth.core.flow.StartedFlow;
import dev.betterauth.core.session.SessionSettings;
import dev.betterauth.core.signin.SignInResult;
import dev.betterauth.core.user.User;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /sign-in/social}: answers 200 {@code {url, redirect}} with a
 * {@code Location} header (as Better Auth; the client navigates) and sets the signed
 * state cookie.
 */
@RestController
@RequestMapping("${better-auth.base-path:/api/auth}")
public class SocialSignInController {

	static final String SET_AUTH_TOKEN = "set-auth-token";

	private final SocialSignIn signIn;

	private final IdTokenSignIn idTokenSignIn;

	private final AuthCookies cookies;

	private final SessionSettings sessionSettings;

	public SocialSignInController(SocialSignIn signIn, IdTokenSignIn idTokenSignIn, AuthCookies cookies,
			SessionSettings sessionSettings) {
		this.signIn = signIn;
		this.idTokenSignIn = idTokenSignIn;
		this.cookies = cookies;
		this.sessionSettings = sessionSettings;
	}

	@PostMapping(path = "/sign-in/social", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> signIn(@RequestBody(required = false) String json, HttpServletRequest request) {
		SignInBody body = WireJson.read(json, SignInBody.class);
		if (body == null || body.provider() == null || body.provider().isBlank()) {
			throw BetterAuthException.validation("provider", "Invalid input");
		}
		if (body.idToken() != null) {
			return idTokenSignIn(body, request);
		}
		StartedFlow flow = this.signIn.start(new AuthorizationRequest(body.provider(), body.callbackURL(),
				body.errorCallbackURL(), body.newUserCallbackURL(), BodyFields.scopes(body.scopes()), body.loginHint(),
				BodyFields.additionalParams(body.additionalParams()), Boolean.TRUE.equals(body.requestSignUp()), null));
		return StartedFlowResponse.of(flow, body.disableRedirect(), this.cookies);
	}

	private ResponseEntity<String> idTokenSignIn(SignInBody body, HttpServletRequest request) {
		IdTokenBody idToken = body.idToken();
		if (idToken.token() == null || idToken.token().isBlank()) {
			throw BetterAuthException.validation("idToken.token", "Invalid input");
		}
		// Apple's native apps send the name they got at first consent as idToken.user,
		// the same JSON the web flow's callback carries as its user parameter.
		Map<String, String> appParameters = (idToken.user() != null) ? Map.of("user", WireJson.write(idToken.user()))
				: Map.of();
		SignInResult result = this.idTokenSignIn.signIn(body.provider(), idToken.token(), idToken.nonce(),
				idToken.accessToken(), idToken.refreshToken(), Boolean.TRUE.equals(body.requestSignUp()),
				Requests.client(request), appParameters);
		User user = result.user();
		Map<String, Object> userJson = new LinkedHashMap<>();
		userJson.put("id", user.getId());
		userJson.put("email", user.getEmail());
		userJson.put("name", user.getName());
		userJson.put("image", user.getImage());
		userJson.put("emailVerified", user.isEmailVerified());
		userJson.put("createdAt", Timestamps.format(user.getCreatedAt()));
		userJson.put("updatedAt", Timestamps.format(user.getUpdatedAt()));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("redirect", false);
		answer.put("token", result.session().getIssuedToken());
		answer.put("user", userJson);
		return ResponseEntity.ok()
			.header(HttpHeaders.SET_COOKIE,
					this.cookies.signed(this.cookies.sessionToken(), result.session().getIssuedToken(),
							this.sessionSettings.expiresIn()))
			.header(HttpHeaders.SET_COOKIE,
					this.cookies.sessionDataCookies(request, result.session()).toArray(String[]::new))
			// Better Auth's bearer plugin: native clients keep this for Authorization:
			// Bearer.
			.header(SET_AUTH_TOKEN, this.cookies.bearerValue(result.session().getIssuedToken()))
			.header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, SET_AUTH_TOKEN)
			.body(WireJson.write(answer));
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record SignInBody(String provider, String callbackURL, String errorCallbackURL, String newUserCallbackURL,
			Boolean disableRedirect, List<String> scopes, String loginHint, Map<String, String> additionalParams,
			Boolean requestSignUp, IdTokenBody idToken) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record IdTokenBody(String token, String nonce, String accessToken, String refreshToken, Map<String, Object> user) {
	}

}
