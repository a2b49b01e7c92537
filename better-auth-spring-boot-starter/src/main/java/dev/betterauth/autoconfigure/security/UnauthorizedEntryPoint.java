package dev.betterauth.autoconfigure.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import dev.betterauth.core.ErrorCodes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a request that needs a session and has none with 401 and Better Auth's
 * envelope, not a redirect to a login form: the client signs in through the auth API.
 */
final class UnauthorizedEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"message\":\"Unauthorized\",\"code\":\"" + ErrorCodes.UNAUTHORIZED + "\"}");
	}

}
