package dev.betterauth.core;

/**
 * A failed API call, answered with {@code status} and Better Auth's envelope
 * {@code {"message": ..., "code": ...}}.
 */
public class ApiException extends RuntimeException {

	private final int status;

	private final String code;

	public ApiException(int status, String code, String message) {
		super(message);
		this.status = status;
		this.code = code;
	}

	public int status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public static ApiException badRequest(String code, String message) {
		return new ApiException(400, code, message);
	}

	public static ApiException validation(String field, String problem) {
		return new ApiException(400, ErrorCodes.VALIDATION_ERROR, "[body." + field + "] " + problem);
	}

}
