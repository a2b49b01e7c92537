package dev.betterauth.core.web;

import dev.betterauth.core.session.ClientInfo;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the web layer reads off a request for the layers below.
 */
final class Requests {

	private static final int MAX_USER_AGENT = 512;

	private Requests() {
	}

	static ClientInfo client(HttpServletRequest request) {
		String userAgent = request.getHeader("User-Agent");
		if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
			userAgent = userAgent.substring(0, MAX_USER_AGENT);
		}
		return new ClientInfo(request.getRemoteAddr(), userAgent);
	}

}
