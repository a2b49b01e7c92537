/**
 * Better Auth's rate limiter: rules per path, counters in memory or in the database.
 */
@NullMarked
package dev.betterauth.core.ratelimit;

import org.jspecify.annotations.NullMarked;
