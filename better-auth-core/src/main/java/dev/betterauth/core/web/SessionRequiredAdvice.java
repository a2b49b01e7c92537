package dev.betterauth.core.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers {@link SessionRequiredException}, from any controller, with 401 and Better
 * Auth's envelope, so an application's endpoints that need a session fail like the auth
 * API's own.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SessionRequiredAdvice {

	@ExceptionHandler(SessionRequiredException.class)
	ResponseEntity<String> sessionRequired(SessionRequiredException ex) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
			.body(WireJson.error(ex.getMessage(), ex.code()));
	}

}
