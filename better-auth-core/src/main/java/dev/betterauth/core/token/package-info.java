/**
 * Provider access tokens for the application, refreshed single-flight.
 */
@NullMarked
package dev.betterauth.core.token;

import org.jspecify.annotations.NullMarked;
