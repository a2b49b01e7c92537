package dev.betterauth.core.web;

import java.io.IOException;

import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.flow.FlowSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers requests under the base path that reach no endpoint (unknown path, wrong
 * method, wrong content type) with Better Auth's envelope, as the endpoints' own failures
 * are, instead of the application's error page. Such failures happen before any auth API
 * controller is chosen, so {@link AuthApiExceptionHandler} never sees them.
 */
public class AuthApiErrorResolver implements HandlerExceptionResolver, Ordered {

	private final FlowSettings flow;

	public AuthApiErrorResolver(FlowSettings flow) {
		this.flow = flow;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!request.getRequestURI().startsWith(request.getContextPath() + this.flow.basePath() + "/")) {
			return null;
		}
		try {
			if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
				return write(response, HttpStatus.NOT_FOUND, "Not found", ErrorCodes.NOT_FOUND);
			}
			if (ex instanceof HttpRequestMethodNotSupportedException) {
				return write(response, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
						ErrorCodes.METHOD_NOT_ALLOWED);
			}
			if (ex instanceof HttpMediaTypeNotSupportedException) {
				return write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
						"Unsupported content type: send application/json", ErrorCodes.UNSUPPORTED_MEDIA_TYPE);
			}
		}
		catch (IOException io) {
			return null;
		}
		return null;
	}

	private static ModelAndView write(HttpServletResponse response, HttpStatus status, String message, String code)
			throws IOException {
		WireJson.writeError(response, status, message, code);
		return new ModelAndView();
	}

	/**
	 * Before Spring MVC's own resolvers, which would send the application's error page.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
