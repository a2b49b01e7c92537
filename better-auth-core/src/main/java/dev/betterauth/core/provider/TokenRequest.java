package dev.betterauth.core.provider;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A token request about to be sent: a code exchange or a refresh, with client
 * authentication already added. {@link ProviderQuirks#tokenRequest} may change it; a GET
 * request carries its parameters in the query.
 */
public final class TokenRequest {

	private final ProviderRegistration registration;

	private final String grantType;

	private final Map<String, String> callbackParameters;

	private final MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();

	private final HttpHeaders headers = new HttpHeaders();

	private URI uri;

	private boolean get;

	TokenRequest(ProviderRegistration registration, URI uri, String grantType, Map<String, String> callbackParameters) {
		this.registration = registration;
		this.uri = uri;
		this.grantType = grantType;
		this.callbackParameters = callbackParameters;
	}

	/** The provider. */
	public ProviderRegistration registration() {
		return this.registration;
	}

	/** {@code authorization_code} or {@code refresh_token}. */
	public String grantType() {
		return this.grantType;
	}

	/** Whether this is a refresh. */
	public boolean isRefresh() {
		return "refresh_token".equals(this.grantType);
	}

	/**
	 * The callback's parameters for a code exchange (VK's {@code device_id}), else empty.
	 */
	public Map<String, String> callbackParameters() {
		return this.callbackParameters;
	}

	/** The form fields (or query parameters of a GET), mutable. */
	public MultiValueMap<String, String> parameters() {
		return this.parameters;
	}

	/** The request headers, mutable. */
	public HttpHeaders headers() {
		return this.headers;
	}

	/** The token endpoint. */
	public URI uri() {
		return this.uri;
	}

	/**
	 * Sends the request elsewhere.
	 * @param uri the endpoint
	 */
	public void uri(URI uri) {
		this.uri = uri;
	}

	/** Whether the request is a GET with the parameters in the query (WeChat). */
	public boolean isGet() {
		return this.get;
	}

	/** Sends the request as a GET with the parameters in the query. */
	public void useGet() {
		this.get = true;
	}

}
