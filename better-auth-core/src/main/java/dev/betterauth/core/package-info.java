/**
 * Better Auth's social sign-in for Spring: the error codes and the exceptions that carry
 * them.
 */
@NullMarked
package dev.betterauth.core;

import org.jspecify.annotations.NullMarked;
