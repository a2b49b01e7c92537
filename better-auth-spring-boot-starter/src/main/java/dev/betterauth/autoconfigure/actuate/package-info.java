/**
 * Micrometer meters and Actuator health for Better Auth, when those are on the classpath.
 */
@NullMarked
package dev.betterauth.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
