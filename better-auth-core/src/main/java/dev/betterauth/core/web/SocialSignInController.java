package dev.betterauth.core.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.betterauth.core.ApiException;
import dev.betterauth.core.flow.AuthorizationRequest;
import dev.betterauth.core.flow.SocialSignIn;
import dev.betterauth.core.flow.StartedFlow;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /sign-in/social}: answers 200 {@code {url, redirect}} with a {@code Location} header
 * (as Better Auth; the client navigates) and sets the signed state cookie.
 */
@RestController
@RequestMapping("${better-auth.base-path:/api/auth}")
public class SocialSignInController {

	private final SocialSignIn signIn;

	private final AuthCookies cookies;

	public SocialSignInController(SocialSignIn signIn, AuthCookies cookies) {
		this.signIn = signIn;
		this.cookies = cookies;
	}

	@PostMapping(path = "/sign-in/social", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> signIn(@RequestBody(required = false) String json) {
		SignInBody body = WireJson.read(json, SignInBody.class);
		if (body == null) {
			throw ApiException.validation("provider", "Invalid input");
		}
		StartedFlow flow = this.signIn.start(new AuthorizationRequest(body.provider(), body.callbackURL(),
				body.errorCallbackURL(), body.newUserCallbackURL(), body.scopes(), body.loginHint(),
				body.additionalParams(), Boolean.TRUE.equals(body.requestSignUp()), null));
		boolean redirect = !Boolean.TRUE.equals(body.disableRedirect());
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.header(HttpHeaders.SET_COOKIE,
					this.cookies.signed(this.cookies.state(), flow.state(), AuthCookies.STATE_MAX_AGE));
		if (redirect) {
			response.header(HttpHeaders.LOCATION, flow.authorizationUrl());
		}
		return response.body(WireJson.write(new SignInAnswer(flow.authorizationUrl(), redirect)));
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record SignInBody(String provider, String callbackURL, String errorCallbackURL, String newUserCallbackURL,
			Boolean disableRedirect, List<String> scopes, String loginHint, Map<String, String> additionalParams,
			Boolean requestSignUp) {
	}

	record SignInAnswer(String url, boolean redirect) {
	}

}
