package dev.betterauth.core;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

/**
 * Every error code this library emits: lower snake case on callback redirects
 * ({@code ?error=<code>}), upper snake case in API answers ({@code {"message", "code"}}).
 * Each has a page in {@code docs/errors/<code>.md}, served by the error page; a test
 * keeps it that way. A provider's own {@code error} is passed through as it is and has no
 * constant.
 */
public final class ErrorCodes {

	/** Callback code {@code invalid_callback_request}. */
	public static final String INVALID_CALLBACK_REQUEST = "invalid_callback_request";

	/** Callback code {@code state_not_found}. */
	public static final String STATE_NOT_FOUND = "state_not_found";

	/** Callback code {@code state_mismatch}. */
	public static final String STATE_MISMATCH = "state_mismatch";

	/** Callback code {@code no_code}. */
	public static final String NO_CODE = "no_code";

	/** Callback code {@code oauth_provider_not_found}. */
	public static final String OAUTH_PROVIDER_NOT_FOUND = "oauth_provider_not_found";

	/** Callback code {@code issuer_mismatch}. */
	public static final String ISSUER_MISMATCH = "issuer_mismatch";

	/** Callback code {@code invalid_code}. */
	public static final String INVALID_CODE = "invalid_code";

	/** Callback code {@code unable_to_get_user_info}. */
	public static final String UNABLE_TO_GET_USER_INFO = "unable_to_get_user_info";

	/** Callback code {@code email_not_found}. */
	public static final String EMAIL_NOT_FOUND = "email_not_found";

	/** Callback code {@code account_not_linked}. */
	public static final String ACCOUNT_NOT_LINKED = "account_not_linked";

	/** Callback code {@code signup_disabled}. */
	public static final String SIGNUP_DISABLED = "signup_disabled";

	/** Callback code {@code unable_to_create_user}. */
	public static final String UNABLE_TO_CREATE_USER = "unable_to_create_user";

	/** Callback code {@code unable_to_link_account}. */
	public static final String UNABLE_TO_LINK_ACCOUNT = "unable_to_link_account";

	/** Callback code {@code email_does_not_match}. */
	public static final String EMAIL_DOES_NOT_MATCH = "email_does_not_match";

	/** Callback code {@code account_already_linked_to_different_user}. */
	public static final String ACCOUNT_ALREADY_LINKED_TO_DIFFERENT_USER = "account_already_linked_to_different_user";

	/** Callback code {@code internal_server_error}. */
	public static final String INTERNAL_SERVER_ERROR = "internal_server_error";

	/** API code {@code VALIDATION_ERROR}. */
	public static final String VALIDATION_ERROR = "VALIDATION_ERROR";

	/** API code {@code PROVIDER_NOT_FOUND}. */
	public static final String PROVIDER_NOT_FOUND = "PROVIDER_NOT_FOUND";

	/** API code {@code PROVIDER_UNAVAILABLE}. */
	public static final String PROVIDER_UNAVAILABLE = "PROVIDER_UNAVAILABLE";

	/** API code {@code INVALID_CALLBACK_URL}. */
	public static final String INVALID_CALLBACK_URL = "INVALID_CALLBACK_URL";

	/** API code {@code INVALID_ERROR_CALLBACK_URL}. */
	public static final String INVALID_ERROR_CALLBACK_URL = "INVALID_ERROR_CALLBACK_URL";

	/** API code {@code INVALID_NEW_USER_CALLBACK_URL}. */
	public static final String INVALID_NEW_USER_CALLBACK_URL = "INVALID_NEW_USER_CALLBACK_URL";

	/** API code {@code UNAUTHORIZED}. */
	public static final String UNAUTHORIZED = "UNAUTHORIZED";

	/** API code {@code FAILED_TO_UNLINK_LAST_ACCOUNT}. */
	public static final String FAILED_TO_UNLINK_LAST_ACCOUNT = "FAILED_TO_UNLINK_LAST_ACCOUNT";

	/** API code {@code ACCOUNT_NOT_FOUND}. */
	public static final String ACCOUNT_NOT_FOUND = "ACCOUNT_NOT_FOUND";

	/** API code {@code UNSUPPORTED_MEDIA_TYPE}. */
	public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";

	/** API code {@code PAYLOAD_TOO_LARGE}. */
	public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";

	/** API code {@code TOO_MANY_REQUESTS}: over the rate limit. */
	public static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";

	/** API code {@code SESSION_NOT_FRESH}: a sensitive action needs a recent sign-in. */
	public static final String SESSION_NOT_FRESH = "SESSION_NOT_FRESH";

	/** API code {@code EMAIL_CAN_NOT_BE_UPDATED}: update-user does not change emails. */
	public static final String EMAIL_CAN_NOT_BE_UPDATED = "EMAIL_CAN_NOT_BE_UPDATED";

	/**
	 * API code {@code INVALID_ORIGIN}: a state-changing request from an untrusted origin.
	 */
	public static final String INVALID_ORIGIN = "INVALID_ORIGIN";

	/**
	 * API code {@code MISSING_OR_NULL_ORIGIN}: a state-changing request with cookies but
	 * no origin.
	 */
	public static final String MISSING_OR_NULL_ORIGIN = "MISSING_OR_NULL_ORIGIN";

	/** API code {@code NOT_FOUND}: no auth API endpoint at that path. */
	public static final String NOT_FOUND = "NOT_FOUND";

	/** API code {@code METHOD_NOT_ALLOWED}. */
	public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";

	/** API code {@code INTERNAL_SERVER_ERROR}. */
	public static final String API_INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR";

	/** API code {@code FAILED_TO_GET_ACCESS_TOKEN}. */
	public static final String FAILED_TO_GET_ACCESS_TOKEN = "FAILED_TO_GET_ACCESS_TOKEN";

	/** API code {@code REFRESH_TOKEN_NOT_FOUND}. */
	public static final String REFRESH_TOKEN_NOT_FOUND = "REFRESH_TOKEN_NOT_FOUND";

	/** API code {@code TOKEN_REFRESH_NOT_SUPPORTED}. */
	public static final String TOKEN_REFRESH_NOT_SUPPORTED = "TOKEN_REFRESH_NOT_SUPPORTED";

	/** API code {@code FAILED_TO_REFRESH_ACCESS_TOKEN}. */
	public static final String FAILED_TO_REFRESH_ACCESS_TOKEN = "FAILED_TO_REFRESH_ACCESS_TOKEN";

	/** API code {@code ID_TOKEN_NOT_SUPPORTED}. */
	public static final String ID_TOKEN_NOT_SUPPORTED = "ID_TOKEN_NOT_SUPPORTED";

	/** API code {@code INVALID_TOKEN}. */
	public static final String INVALID_TOKEN = "INVALID_TOKEN";

	/** API code {@code FAILED_TO_GET_USER_INFO}. */
	public static final String FAILED_TO_GET_USER_INFO = "FAILED_TO_GET_USER_INFO";

	/** API code {@code USER_EMAIL_NOT_FOUND}. */
	public static final String USER_EMAIL_NOT_FOUND = "USER_EMAIL_NOT_FOUND";

	private ErrorCodes() {
	}

	private static final Set<String> ALL = collect();

	/**
	 * Whether a code is one of these constants.
	 * @param code the code
	 * @return whether it is known
	 */
	public static boolean isKnown(String code) {
		return ALL.contains(code);
	}

	private static Set<String> collect() {
		Set<String> codes = new HashSet<>();
		for (Field field : ErrorCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					codes.add((String) field.get(null));
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return Set.copyOf(codes);
	}

}
