package dev.betterauth.core.flow;

/**
 * What a sign-in request may carry, checked before anything is stored, so the state row
 * of a sign-in stays small whatever a client sends.
 *
 * @param maxScopes most scopes a sign-in may request
 * @param maxScopeLength longest scope, in characters
 * @param maxAdditionalParams most {@code additionalParams}
 * @param maxAdditionalParamNameLength longest {@code additionalParams} name
 * @param maxAdditionalParamValueLength longest {@code additionalParams} value
 * @param maxLoginHintLength longest {@code loginHint}
 * @param maxUrlLength longest callback URL of any kind
 */
public record RequestLimits(int maxScopes, int maxScopeLength, int maxAdditionalParams,
		int maxAdditionalParamNameLength, int maxAdditionalParamValueLength, int maxLoginHintLength, int maxUrlLength) {

	/**
	 * Whatever the limits say, a sign-in's stored state is refused beyond this many bytes
	 * of JSON (MySQL's {@code text} column holds 64 KiB).
	 */
	public static final int MAX_STATE_BYTES = 32 * 1024;

	/** The defaults of {@code better-auth.limits.*}. */
	public static RequestLimits defaults() {
		return new RequestLimits(50, 256, 20, 64, 1024, 320, 2048);
	}

}
