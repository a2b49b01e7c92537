package dev.betterauth.core.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.betterauth.core.flow.StartedFlow;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a started flow ({@code sign-in/social}, {@code link-social}): 200
 * {@code {url, redirect}}, a {@code Location} header unless the client disabled the
 * redirect (as Better Auth; the client navigates), and the signed state cookie.
 */
final class StartedFlowResponse {

	private StartedFlowResponse() {
	}

	static ResponseEntity<String> of(StartedFlow flow, Boolean disableRedirect, AuthCookies cookies) {
		boolean redirect = !Boolean.TRUE.equals(disableRedirect);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.header(HttpHeaders.SET_COOKIE, cookies.signed(cookies.state(), flow.state(), AuthCookies.STATE_MAX_AGE));
		if (redirect) {
			response.header(HttpHeaders.LOCATION, flow.authorizationUrl());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("url", flow.authorizationUrl());
		body.put("redirect", redirect);
		return response.body(WireJson.write(body));
	}

}
