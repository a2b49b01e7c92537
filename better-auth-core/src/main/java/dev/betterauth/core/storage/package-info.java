/**
 * Better Auth's secondary storage: a key-value store with expiry (Redis) for sessions,
 * flow state and rate-limit counters shared by a fleet.
 */
@NullMarked
package dev.betterauth.core.storage;

import org.jspecify.annotations.NullMarked;
