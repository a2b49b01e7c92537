/**
 * Verification rows: the single-use state of a sign-in flow.
 */
@NullMarked
package dev.betterauth.core.verification;

import org.jspecify.annotations.NullMarked;
