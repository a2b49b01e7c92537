/**
 * Better Auth's session cookie cache: the session and its user in a signed (or encrypted)
 * {@code session_data} cookie, so {@code get-session} can answer without storage.
 */
@NullMarked
package dev.betterauth.core.cookiecache;

import org.jspecify.annotations.NullMarked;
