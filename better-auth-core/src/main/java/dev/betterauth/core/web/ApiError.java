package dev.betterauth.core.web;

/**
 * Better Auth's error envelope.
 *
 * @param message what went wrong, for people
 * @param code the error code, for programs (UPPER_SNAKE)
 */
record ApiError(String message, String code) {
}
