package dev.betterauth.core.web;

import dev.betterauth.core.ApiException;
import dev.betterauth.core.ErrorCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers the auth API's failures with Better Auth's envelope {@code {message, code}},
 * never a stack trace.
 */
@RestControllerAdvice(assignableTypes = { SocialSignInController.class, OAuthCallbackController.class,
		SessionController.class, OkController.class, AccountController.class, TokenController.class })
public class AuthApiExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(AuthApiExceptionHandler.class);

	@ExceptionHandler(ApiException.class)
	ResponseEntity<String> api(ApiException ex) {
		return ResponseEntity.status(ex.status())
			.contentType(MediaType.APPLICATION_JSON)
			.body(WireJson.error(ex.getMessage(), ex.code()));
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<String> unreadable(Exception ex) {
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_JSON)
			.body(WireJson.error("Invalid request body: expected a JSON object with the documented fields",
					ErrorCodes.VALIDATION_ERROR));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<String> mediaType(HttpMediaTypeNotSupportedException ex) {
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.contentType(MediaType.APPLICATION_JSON)
			.body(WireJson.error("Unsupported content type: send application/json", ErrorCodes.UNSUPPORTED_MEDIA_TYPE));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<String> method(HttpRequestMethodNotSupportedException ex) {
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.contentType(MediaType.APPLICATION_JSON)
			.body(WireJson.error("Method not allowed", ErrorCodes.METHOD_NOT_ALLOWED));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<String> unexpected(Exception ex) {
		logger.error("Unexpected failure in the auth API", ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.contentType(MediaType.APPLICATION_JSON)
			.body(WireJson.error("Internal server error", ErrorCodes.API_INTERNAL_SERVER_ERROR));
	}

}
