package dev.betterauth.core.metrics;

import org.jspecify.annotations.Nullable;

/**
 * Receives the outcomes worth counting. Every method does nothing by default, so an
 * implementation picks what it records; {@link #NONE} records nothing.
 */
public interface AuthMetrics {

	/** Records nothing. */
	AuthMetrics NONE = new AuthMetrics() {
	};

	/**
	 * A sign-in ended (an OAuth callback, or an id_token sign-in).
	 * @param providerId the provider id as the request named it
	 * @param errorCode {@code null} on success, else the error code the client got
	 */
	default void signIn(String providerId, @Nullable String errorCode) {
	}

	/**
	 * A token refresh at a provider ended.
	 * @param providerId the provider
	 * @param outcome {@code success}, {@code invalid_grant} or {@code failure}
	 */
	default void tokenRefresh(String providerId, String outcome) {
	}

	/**
	 * A request was refused by the rate limiter.
	 * @param rule which rule refused it: {@code sign-in}, {@code default} or
	 * {@code custom}
	 */
	default void rateLimited(String rule) {
	}

}
