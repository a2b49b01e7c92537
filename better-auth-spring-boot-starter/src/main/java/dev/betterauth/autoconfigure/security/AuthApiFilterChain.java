package dev.betterauth.autoconfigure.security;

import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.SecurityFilterChain;

/**
 * The auth API's filter chain, a type of its own so that "the application defines no
 * chain" can be told apart from this one.
 */
public final class AuthApiFilterChain implements SecurityFilterChain {

	private final SecurityFilterChain delegate;

	AuthApiFilterChain(SecurityFilterChain delegate) {
		this.delegate = delegate;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		return this.delegate.matches(request);
	}

	@Override
	public List<Filter> getFilters() {
		return this.delegate.getFilters();
	}

}
