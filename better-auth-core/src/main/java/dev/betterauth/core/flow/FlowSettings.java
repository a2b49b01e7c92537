package dev.betterauth.core.flow;

import java.time.Duration;

/**
 * Where flows start and end.
 *
 * @param baseUrl the public origin, without a trailing slash (e.g.
 * {@code https://app.example.com})
 * @param basePath the path of the auth API (e.g. {@code /api/auth})
 * @param errorUrl where failures go when the flow has no errorCallbackURL
 * @param stateTimeToLive how long a started flow may take (Better Auth: 10 minutes)
 */
public record FlowSettings(String baseUrl, String basePath, String errorUrl, Duration stateTimeToLive) {

	/**
	 * The redirect URI registered at the provider.
	 * @param providerId the provider id
	 * @return {@code base-url + base-path + /callback/{providerId}}
	 */
	public String redirectUri(String providerId) {
		return this.baseUrl + this.basePath + "/callback/" + providerId;
	}

}
