package dev.betterauth.core.web;

import dev.betterauth.core.BetterAuthException;
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
 * never a stack trace. The one place where a domain refusal becomes an HTTP status.
 */
@RestControllerAdvice(
		assignableTypes = { SocialSignInController.class, OAuthCallbackController.class, SessionController.class,
				OkController.class, AccountController.class, TokenController.class, UserController.class })
public class AuthApiExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(AuthApiExceptionHandler.class);

	@ExceptionHandler(BetterAuthException.class)
	ResponseEntity<String> refused(BetterAuthException ex) {
		logger.debug("Auth API request refused: {} {}", ex.code(), ex.getMessage());
		return error(status(ex.kind()), ex.getMessage(), ex.code());
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<String> unreadable(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof AuthRequestGuard.BodyTooLargeException tooLarge) {
				return error(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage(), ErrorCodes.PAYLOAD_TOO_LARGE);
			}
		}
		logger.debug("Unreadable auth API request: {}", ex.toString());
		return error(HttpStatus.BAD_REQUEST, "Invalid request body: expected a JSON object with the documented fields",
				ErrorCodes.VALIDATION_ERROR);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<String> mediaType(HttpMediaTypeNotSupportedException ex) {
		return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type: send application/json",
				ErrorCodes.UNSUPPORTED_MEDIA_TYPE);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<String> method(HttpRequestMethodNotSupportedException ex) {
		return error(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", ErrorCodes.METHOD_NOT_ALLOWED);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<String> unexpected(Exception ex) {
		logger.error("Unexpected failure in the auth API", ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error", ErrorCodes.API_INTERNAL_SERVER_ERROR);
	}

	static HttpStatus status(BetterAuthException.Kind kind) {
		return switch (kind) {
			case INVALID_REQUEST -> HttpStatus.BAD_REQUEST;
			case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case PROVIDER_UNAVAILABLE -> HttpStatus.BAD_GATEWAY;
		};
	}

	private static ResponseEntity<String> error(HttpStatus status, String message, String code) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(WireJson.error(message, code));
	}

}
