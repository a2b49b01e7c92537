/**
 * Redirect URL policy and query-string building.
 */
@NullMarked
package dev.betterauth.core.url;

import org.jspecify.annotations.NullMarked;
