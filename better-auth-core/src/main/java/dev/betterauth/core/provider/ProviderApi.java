package dev.betterauth.core.provider;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Calls a provider's API for a mapping, through the starter's provider HTTP client (its
 * timeouts, no redirects, size cap, metrics): the access token goes in an
 * {@code Authorization: Bearer} header and the provider's configured headers (such as
 * GitHub's {@code User-Agent}) are sent. Every failure is a {@link ProviderException}.
 */
public final class ProviderApi {

	private final ProviderHttpClient http;

	private final OAuthProvider provider;

	private final @Nullable String accessToken;

	ProviderApi(ProviderHttpClient http, OAuthProvider provider, @Nullable String accessToken) {
		this.http = http;
		this.provider = provider;
		this.accessToken = accessToken;
	}

	/**
	 * Reads a JSON object.
	 * @param uri the resource
	 * @return the object
	 */
	public Map<String, Object> getObject(URI uri) {
		return getObject(uri, Map.of());
	}

	/**
	 * Reads a JSON object, sending extra headers.
	 * @param uri the resource
	 * @param headers headers to add
	 * @return the object
	 */
	public Map<String, Object> getObject(URI uri, Map<String, String> headers) {
		return this.http.apiObject(this.provider, uri, this.accessToken, headers);
	}

	/**
	 * Reads a JSON array.
	 * @param uri the resource
	 * @return its elements
	 */
	public List<Object> getArray(URI uri) {
		return this.http.apiArray(this.provider, uri, this.accessToken, Map.of());
	}

	/**
	 * Reads a binary resource such as a profile photo.
	 * @param uri the resource
	 * @return its bytes and media type
	 */
	public ProviderHttpClient.Binary getBinary(URI uri) {
		return this.http.apiBinary(this.provider, uri, this.accessToken);
	}

	/**
	 * Posts a form and reads the JSON object answered, without the bearer token (such as
	 * LINE's id_token verification endpoint).
	 * @param uri the endpoint
	 * @param form the fields
	 * @return the object
	 */
	public Map<String, Object> postForm(URI uri, Map<String, String> form) {
		return this.http.apiPostForm(this.provider, uri, form);
	}

	/**
	 * Posts with the access token and reads the JSON object answered: a JSON body (a
	 * GraphQL query, as Linear takes) or none (Dropbox's RPC-style endpoints).
	 * @param uri the endpoint
	 * @param jsonBody the JSON body, or {@code null} for none
	 * @return the object
	 */
	public Map<String, Object> postJson(URI uri, @Nullable String jsonBody) {
		return this.http.apiPostJson(this.provider, uri, this.accessToken, jsonBody);
	}

	/**
	 * The access token the calls carry.
	 * @return the token, or {@code null} (a native sign-in that sent none)
	 */
	public @Nullable String accessToken() {
		return this.accessToken;
	}

}
