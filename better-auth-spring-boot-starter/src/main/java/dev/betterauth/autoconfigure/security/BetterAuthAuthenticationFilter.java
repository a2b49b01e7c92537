package dev.betterauth.autoconfigure.security;

import java.io.IOException;
import java.util.Optional;

import dev.betterauth.core.session.AuthSession;
import dev.betterauth.core.web.BetterAuthSessions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns the request's Better Auth session (cookie or {@code Authorization: Bearer}) into
 * a {@link BetterAuthAuthentication} for this request only: the session lives in the
 * database, so nothing is kept in an HTTP session. A request that is already
 * authenticated another way is left as it is.
 */
public class BetterAuthAuthenticationFilter extends OncePerRequestFilter {

	private final BetterAuthSessions sessions;

	private final SessionAuthorities authorities;

	private SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();

	public BetterAuthAuthenticationFilter(BetterAuthSessions sessions, SessionAuthorities authorities) {
		this.sessions = sessions;
		this.authorities = authorities;
	}

	public void setSecurityContextHolderStrategy(SecurityContextHolderStrategy strategy) {
		this.strategy = strategy;
	}

	/** Error pages see who caused them (a 403 stays a 403). */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication existing = this.strategy.getContext().getAuthentication();
		if (existing == null || existing instanceof AnonymousAuthenticationToken || !existing.isAuthenticated()) {
			Optional<AuthSession> session = this.sessions.current(request);
			if (session.isPresent()) {
				SecurityContext context = this.strategy.createEmptyContext();
				context.setAuthentication(
						new BetterAuthAuthentication(session.get(), this.authorities.authorities(session.get())));
				this.strategy.setContext(context);
			}
		}
		chain.doFilter(request, response);
	}

}
