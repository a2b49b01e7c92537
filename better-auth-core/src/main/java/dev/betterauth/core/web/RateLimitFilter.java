package dev.betterauth.core.web;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.flow.FlowSettings;
import dev.betterauth.core.ratelimit.RateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link RateLimiter} to every auth API request: over the limit, 429
 * {@code TOO_MANY_REQUESTS} with {@code X-Retry-After} in seconds, as Better Auth. A
 * request whose client address cannot be told (a trusted proxy that sent no usable
 * {@code X-Forwarded-For}) is not counted, rather than lumped into one bucket with every
 * other such request (where one client could lock everyone out); a warning says so once.
 */
public class RateLimitFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(RateLimitFilter.class);

	private final RateLimiter limiter;

	private final ClientAddresses clients;

	private final FlowSettings flow;

	private final AtomicBoolean warnedUnknownClient = new AtomicBoolean();

	private final AtomicBoolean warnedUntrustedProxy = new AtomicBoolean();

	public RateLimitFilter(RateLimiter limiter, ClientAddresses clients, FlowSettings flow) {
		this.limiter = limiter;
		this.clients = clients;
		this.flow = flow;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = this.clients.clientKey(request);
		if (client == null) {
			if (this.warnedUnknownClient.compareAndSet(false, true)) {
				logger.warn("A request reached the auth API without a usable client address (a trusted proxy sent no "
						+ "valid X-Forwarded-For); such requests are not rate limited");
			}
			chain.doFilter(request, response);
			return;
		}
		if (request.getHeader("X-Forwarded-For") != null && !this.clients.isTrustedProxy(request)
				&& this.warnedUntrustedProxy.compareAndSet(false, true)) {
			logger.warn("Auth API requests arrive through a proxy ({} sends X-Forwarded-For) that is not trusted: "
					+ "every client behind it shares one rate-limit bucket. Set server.forward-headers-strategy=native "
					+ "or list the proxy in better-auth.rate-limit.trusted-proxies", request.getRemoteAddr());
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith(this.flow.basePath())) {
			path = path.substring(this.flow.basePath().length());
		}
		OptionalLong retryAfter = this.limiter.check(client, path);
		if (retryAfter.isPresent()) {
			logger.debug("Rate limited {} on {}", client, path);
			response.setHeader("X-Retry-After", Long.toString(retryAfter.getAsLong()));
			WireJson.writeError(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests. Please try again later.",
					ErrorCodes.TOO_MANY_REQUESTS);
			return;
		}
		chain.doFilter(request, response);
	}

}
