/**
 * Better Auth's cryptography, byte for byte: signed cookies, PKCE, token encryption,
 * random strings.
 */
@NullMarked
package dev.betterauth.core.crypto;

import org.jspecify.annotations.NullMarked;
