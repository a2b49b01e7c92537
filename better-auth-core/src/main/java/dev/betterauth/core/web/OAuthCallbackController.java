package dev.betterauth.core.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.betterauth.core.flow.CallbackRequest;
import dev.betterauth.core.flow.CallbackResult;
import dev.betterauth.core.flow.FlowSettings;
import dev.betterauth.core.flow.OAuthCallback;
import dev.betterauth.core.session.SessionSettings;
import dev.betterauth.core.url.QueryString;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /callback/{providerId}} finishes the flow with a 302; {@code POST} (the
 * provider's {@code form_post}) answers a 302 to the GET with the same parameters,
 * because the SameSite=Lax state cookie is only sent on the top-level GET.
 */
@RestController
@RequestMapping("${better-auth.base-path:/api/auth}")
public class OAuthCallbackController {

	private final OAuthCallback callback;

	private final AuthCookies cookies;

	private final FlowSettings flowSettings;

	private final SessionSettings sessionSettings;

	public OAuthCallbackController(OAuthCallback callback, AuthCookies cookies, FlowSettings flowSettings,
			SessionSettings sessionSettings) {
		this.callback = callback;
		this.cookies = cookies;
		this.flowSettings = flowSettings;
		this.sessionSettings = sessionSettings;
	}

	@GetMapping("/callback/{providerId}")
	ResponseEntity<Void> callback(@PathVariable String providerId, HttpServletRequest request) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
		String stateCookie = this.cookies.readSigned(request, this.cookies.state());
		CallbackResult result = this.callback
			.handle(new CallbackRequest(providerId, parameters, stateCookie, Requests.client(request)));
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.LOCATION, result.redirectUrl());
		headers.setCacheControl("no-store");
		if (result.session() != null) {
			headers.add(HttpHeaders.SET_COOKIE, this.cookies.signed(this.cookies.sessionToken(),
					result.session().getIssuedToken(), this.sessionSettings.expiresIn()));
			this.cookies.sessionDataCookies(request, result.session())
				.forEach((cookie) -> headers.add(HttpHeaders.SET_COOKIE, cookie));
			headers.set(SocialSignInController.SET_AUTH_TOKEN,
					this.cookies.bearerValue(result.session().getIssuedToken()));
			headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, SocialSignInController.SET_AUTH_TOKEN);
		}
		if (result.expireStateCookie()) {
			headers.add(HttpHeaders.SET_COOKIE, this.cookies.expired(this.cookies.state()));
		}
		return new ResponseEntity<>(headers, HttpStatus.FOUND);
	}

	@PostMapping(path = "/callback/{providerId}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Void> formPost(@PathVariable String providerId, HttpServletRequest request) {
		List<String[]> fields = new ArrayList<>();
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				fields.add(new String[] { name, value });
			}
		});
		return redirectToGet(providerId, fields);
	}

	@PostMapping(path = "/callback/{providerId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> jsonPost(@PathVariable String providerId,
			@RequestBody(required = false) Map<String, Object> body) {
		List<String[]> fields = new ArrayList<>();
		if (body != null) {
			body.forEach((name, value) -> {
				if (value != null) {
					fields.add(new String[] { name, (value instanceof String text) ? text : String.valueOf(value) });
				}
			});
		}
		return redirectToGet(providerId, fields);
	}

	private ResponseEntity<Void> redirectToGet(String providerId, List<String[]> fields) {
		QueryString url = QueryString.of(this.flowSettings.redirectUri(providerId));
		fields.forEach((field) -> url.add(field[0], field[1]));
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.LOCATION, url.toString());
		headers.setCacheControl("no-store");
		return new ResponseEntity<>(headers, HttpStatus.FOUND);
	}

}
