package dev.betterauth.core.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.flow.FlowSettings;
import dev.betterauth.core.url.QueryString;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the auth API: a method it does not serve is answered 405 and a
 * Content-Type that cannot be parsed 415, a body larger than the limit is answered 413
 * before it is read, and a query string or form body the servlet container cannot decode
 * (malformed percent-encoding, invalid UTF-8) is answered as a client error, never
 * reaching the endpoints as a server failure: 400 {@code VALIDATION_ERROR}, or on the
 * OAuth callback a redirect to the error page with {@code invalid_callback_request}.
 */
public class AuthRequestGuard extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(AuthRequestGuard.class);

	private static final Set<String> ALLOWED_METHODS = Set.of("GET", "POST", "HEAD", "OPTIONS");

	private final long maxBodyBytes;

	private final FlowSettings flow;

	/**
	 * @param maxBodyBytes the largest body the auth API reads
	 * @param flow where the API lives and where failed callbacks go
	 */
	public AuthRequestGuard(long maxBodyBytes, FlowSettings flow) {
		this.maxBodyBytes = maxBodyBytes;
		this.flow = flow;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		if (!ALLOWED_METHODS.contains(method)) {
			// The auth API has GET and POST endpoints only; nothing else is read.
			response.setHeader(HttpHeaders.ALLOW, "GET, POST");
			WireJson.writeError(response, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
					ErrorCodes.METHOD_NOT_ALLOWED);
			return;
		}
		if (!isReadableContentType(request.getContentType())) {
			WireJson.writeError(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Unsupported content type: send application/json", ErrorCodes.UNSUPPORTED_MEDIA_TYPE);
			return;
		}
		long length = request.getContentLengthLong();
		if (length > this.maxBodyBytes) {
			logger.debug("Refused a {}-byte body on {}", length, request.getRequestURI());
			WireJson.writeError(response, HttpStatus.CONTENT_TOO_LARGE,
					"The request body is larger than " + this.maxBodyBytes + " bytes", ErrorCodes.PAYLOAD_TOO_LARGE);
			return;
		}
		try {
			request.getParameterMap();
		}
		catch (RuntimeException ex) {
			logger.debug("Malformed parameters on {}: {}", request.getRequestURI(), ex.toString());
			if (request.getRequestURI().startsWith(request.getContextPath() + this.flow.basePath() + "/callback/")) {
				response.setStatus(HttpStatus.FOUND.value());
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				response.setHeader(HttpHeaders.LOCATION,
						QueryString.of(this.flow.errorUrl())
							.add("error", ErrorCodes.INVALID_CALLBACK_REQUEST)
							.add("error_description",
									"the callback's parameters are malformed (percent-encoding or UTF-8)")
							.toString());
				return;
			}
			WireJson.writeError(response, HttpStatus.BAD_REQUEST,
					"Malformed query string or form body: invalid percent-encoding or UTF-8",
					ErrorCodes.VALIDATION_ERROR);
			return;
		}
		chain.doFilter((length < 0) ? new LimitedBodyRequest(request, this.maxBodyBytes) : request, response);
	}

	/** A missing Content-Type is fine; one that cannot be parsed or decoded is not. */
	private static boolean isReadableContentType(@Nullable String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			if (type.isWildcardType() || type.isWildcardSubtype()) {
				return false;
			}
			type.getCharset();
			return true;
		}
		catch (IllegalArgumentException ex) {
			// InvalidMediaTypeException, or an unknown or illegal charset name.
			return false;
		}
	}

	/**
	 * A body without {@code Content-Length} (chunked) is counted as it is read, and
	 * reading past the limit fails with {@link BodyTooLargeException}.
	 */
	private static final class LimitedBodyRequest extends HttpServletRequestWrapper {

		private final long limit;

		private @Nullable ServletInputStream stream;

		LimitedBodyRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedInputStream(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private long read;

		LimitedInputStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			this.read += n;
			if (this.read > this.limit) {
				throw new BodyTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

	/**
	 * Reading a chunked body went past the limit.
	 */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException(long limit) {
			super("The request body is larger than " + limit + " bytes");
		}

	}

}
