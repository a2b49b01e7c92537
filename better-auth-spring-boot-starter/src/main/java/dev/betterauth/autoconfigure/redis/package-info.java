/**
 * Redis as Better Auth's secondary storage, through Spring Data Redis.
 */
@NullMarked
package dev.betterauth.autoconfigure.redis;

import org.jspecify.annotations.NullMarked;
