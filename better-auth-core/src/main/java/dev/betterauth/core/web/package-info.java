/**
 * The HTTP API under the base path, wire-compatible with Better Auth 1.7: the only
 * package that speaks HTTP.
 */
@NullMarked
package dev.betterauth.core.web;

import org.jspecify.annotations.NullMarked;
