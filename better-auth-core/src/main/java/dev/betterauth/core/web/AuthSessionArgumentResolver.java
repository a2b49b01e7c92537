package dev.betterauth.core.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;

import dev.betterauth.core.session.AuthSession;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves controller method arguments of type {@link AuthSession} (required: a request
 * without a valid session is answered 401 {@code UNAUTHORIZED}) and
 * {@code Optional<AuthSession>}.
 */
public class AuthSessionArgumentResolver implements HandlerMethodArgumentResolver {

	private final BetterAuthSessions sessions;

	public AuthSessionArgumentResolver(BetterAuthSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == AuthSession.class || isOptionalSession(parameter);
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		if (request == null) {
			throw new IllegalStateException("AuthSession arguments need a servlet request");
		}
		Optional<AuthSession> session = this.sessions.current(request);
		return isOptionalSession(parameter) ? session : session.orElseThrow(SessionRequiredException::new);
	}

	private static boolean isOptionalSession(MethodParameter parameter) {
		if (parameter.getParameterType() != Optional.class) {
			return false;
		}
		Type type = parameter.getGenericParameterType();
		return type instanceof ParameterizedType generic && generic.getActualTypeArguments()[0] == AuthSession.class;
	}

}
