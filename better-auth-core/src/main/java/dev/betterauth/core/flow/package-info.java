/**
 * The OAuth 2.0 authorization-code flow: starting it, the callback, native id-token
 * sign-in.
 */
@NullMarked
package dev.betterauth.core.flow;

import org.jspecify.annotations.NullMarked;
