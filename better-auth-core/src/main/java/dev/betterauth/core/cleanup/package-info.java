/**
 * Deleting expired sessions and verification rows in bounded batches.
 */
@NullMarked
package dev.betterauth.core.cleanup;

import org.jspecify.annotations.NullMarked;
