package dev.betterauth.core.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.flow.FlowSettings;
import dev.betterauth.core.url.TrustedOrigins;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Better Auth's origin check against cross-site request forgery: a {@code POST} under the
 * base path that carries cookies must name a trusted origin ({@code Origin}, else the
 * {@code Referer}'s), or it is refused with 403 {@code MISSING_OR_NULL_ORIGIN} or
 * {@code INVALID_ORIGIN}. {@code /sign-in/social} is also checked without cookies
 * whenever the request names an origin, so another site cannot post its own id_token and
 * sign the browser in as someone else (login CSRF); native apps, which send no origin,
 * are unaffected. The {@code form_post} callback is not checked: it only hands its fields
 * over to the {@code GET} callback, which the state cookie protects, so a provider
 * posting from its own origin (Apple) works without being trusted.
 */
public class OriginCheck extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(OriginCheck.class);

	private final TrustedOrigins trusted;

	private final FlowSettings flow;

	public OriginCheck(TrustedOrigins trusted, FlowSettings flow) {
		this.trusted = trusted;
		this.flow = flow;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith(this.flow.basePath() + "/callback/")) {
			chain.doFilter(request, response);
			return;
		}
		boolean cookies = request.getHeader(HttpHeaders.COOKIE) != null;
		String origin = origin(request);
		boolean signIn = path.equals(this.flow.basePath() + "/sign-in/social");
		if (!cookies && !(signIn && origin != null)) {
			chain.doFilter(request, response);
			return;
		}
		if (origin == null || origin.equals("null")) {
			refuse(response, ErrorCodes.MISSING_OR_NULL_ORIGIN, "Missing or null Origin", path, origin);
			return;
		}
		if (!this.trusted.isTrusted(origin)) {
			refuse(response, ErrorCodes.INVALID_ORIGIN, "Invalid origin", path, origin);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * The {@code Origin} header, else the {@code Referer}'s origin, else {@code null}.
	 */
	private static @Nullable String origin(HttpServletRequest request) {
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin != null && !origin.isBlank()) {
			return origin.trim();
		}
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null || referer.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(referer.trim());
			if (uri.getScheme() == null || uri.getRawAuthority() == null) {
				return "null";
			}
			return uri.getScheme() + "://" + uri.getRawAuthority();
		}
		catch (URISyntaxException ex) {
			return "null";
		}
	}

	private static void refuse(HttpServletResponse response, String code, String message, String path,
			@Nullable String origin) throws IOException {
		logger.warn("Refused a cross-site POST to {} from origin {}", path, (origin != null) ? origin : "(none)");
		WireJson.writeError(response, HttpStatus.FORBIDDEN, message, code);
	}

}
