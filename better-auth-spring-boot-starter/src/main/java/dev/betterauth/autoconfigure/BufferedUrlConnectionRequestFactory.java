package dev.betterauth.autoconfigure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.AbstractBufferingClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.Assert;
import org.springframework.util.StreamUtils;
import org.springframework.util.StringUtils;

/**
 * Provider calls on the JDK's {@link HttpURLConnection}, configured as Boot's simple
 * request factory configures it (timeouts, an SSL bundle, redirects), with one
 * difference: a request body is buffered, not streamed. Before each streamed {@code POST}
 * on a kept-alive connection, the JDK checks that the connection is still open by a read
 * with a 1 ms timeout, which waits that millisecond and throws a
 * {@code SocketTimeoutException}: about 5 % of a sign-in's CPU, on every token exchange.
 * A buffered request skips that check. Instead, when reading the answer fails with an I/O
 * error other than a timeout, the JDK sends the request once more on a new connection.
 * That is what makes a call on a kept-alive connection the provider closed while idle
 * succeed. Where the provider did receive the first request and its answer was lost, the
 * resent authorization code or refresh token is refused as already used
 * ({@code invalid_grant}): the same end as the lost answer (a failed sign-in; a rotated
 * refresh token that never arrived), reported a moment sooner. Provider requests are
 * small forms and JSON. The SSL bundle's socket factory is made once, so that kept-alive
 * HTTPS connections, which the JDK caches per socket factory, are reused.
 */
final class BufferedUrlConnectionRequestFactory implements ClientHttpRequestFactory {

	private final int connectTimeout;

	private final int readTimeout;

	private final boolean followRedirects;

	private final @Nullable SSLSocketFactory socketFactory;

	BufferedUrlConnectionRequestFactory(HttpClientSettings settings) {
		this.connectTimeout = millis(settings.connectTimeout());
		this.readTimeout = millis(settings.readTimeout());
		this.followRedirects = settings.redirects() != HttpRedirects.DONT_FOLLOW;
		SslBundle bundle = settings.sslBundle();
		// As Boot's simple request factory: the JDK's connections take no cipher or
		// protocol options.
		Assert.state(bundle == null || !bundle.getOptions().isSpecified(),
				"SSL options cannot be specified with Java connections");
		this.socketFactory = (bundle != null) ? bundle.createSslContext().getSocketFactory() : null;
	}

	private static int millis(@Nullable Duration timeout) {
		return (timeout != null) ? (int) timeout.toMillis() : 0;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod method) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
		connection.setConnectTimeout(this.connectTimeout);
		connection.setReadTimeout(this.readTimeout);
		connection.setInstanceFollowRedirects(this.followRedirects && HttpMethod.GET.equals(method));
		connection.setDoInput(true);
		connection.setDoOutput(HttpMethod.POST.equals(method) || HttpMethod.PUT.equals(method)
				|| HttpMethod.PATCH.equals(method) || HttpMethod.DELETE.equals(method));
		connection.setRequestMethod(method.name());
		if (this.socketFactory != null && connection instanceof HttpsURLConnection secure) {
			secure.setSSLSocketFactory(this.socketFactory);
		}
		return new BufferedRequest(connection, uri, method);
	}

	private static final class BufferedRequest extends AbstractBufferingClientHttpRequest {

		private final HttpURLConnection connection;

		private final URI uri;

		private final HttpMethod method;

		BufferedRequest(HttpURLConnection connection, URI uri, HttpMethod method) {
			this.connection = connection;
			this.uri = uri;
			this.method = method;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		protected ClientHttpResponse executeInternal(HttpHeaders headers, byte[] body) throws IOException {
			headers.forEach((name, values) -> {
				if (HttpHeaders.COOKIE.equalsIgnoreCase(name)) {
					this.connection.setRequestProperty(name, String.join("; ", values));
				}
				else if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
					// The JDK sets the length of a buffered body itself.
					values.forEach((value) -> this.connection.addRequestProperty(name, (value != null) ? value : ""));
				}
			});
			if (this.connection.getDoOutput()) {
				try (OutputStream out = this.connection.getOutputStream()) {
					out.write(body);
				}
			}
			this.connection.getResponseCode();
			return new Response(this.connection);
		}

	}

	private static final class Response implements ClientHttpResponse {

		private final HttpURLConnection connection;

		private @Nullable HttpHeaders headers;

		private @Nullable InputStream body;

		Response(HttpURLConnection connection) {
			this.connection = connection;
		}

		@Override
		public HttpStatusCode getStatusCode() throws IOException {
			return HttpStatusCode.valueOf(this.connection.getResponseCode());
		}

		@Override
		public String getStatusText() throws IOException {
			String message = this.connection.getResponseMessage();
			return (message != null) ? message : "";
		}

		@Override
		public HttpHeaders getHeaders() {
			if (this.headers == null) {
				HttpHeaders read = new HttpHeaders();
				// Field 0 is the status line.
				for (int i = 1;; i++) {
					String name = this.connection.getHeaderFieldKey(i);
					if (!StringUtils.hasLength(name)) {
						break;
					}
					read.add(name, this.connection.getHeaderField(i));
				}
				this.headers = read;
			}
			return this.headers;
		}

		@Override
		public InputStream getBody() throws IOException {
			if (this.body == null) {
				if (this.connection.getResponseCode() >= 400) {
					InputStream error = this.connection.getErrorStream();
					this.body = (error != null) ? error : new ByteArrayInputStream(new byte[0]);
				}
				else {
					this.body = this.connection.getInputStream();
				}
			}
			return this.body;
		}

		@Override
		public void close() {
			try {
				// Read to the end, so the connection is kept alive for the next call.
				InputStream stream = getBody();
				StreamUtils.drain(stream);
				stream.close();
			}
			catch (IOException ex) {
				// The connection is not reused.
			}
		}

	}

}
