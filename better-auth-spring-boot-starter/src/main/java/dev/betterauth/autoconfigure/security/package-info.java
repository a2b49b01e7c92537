/**
 * Spring Security integration: a Better Auth session as an {@code Authentication}, a
 * configurer for the application's own filter chains, and a chain for the auth API.
 */
@NullMarked
package dev.betterauth.autoconfigure.security;

import org.jspecify.annotations.NullMarked;
