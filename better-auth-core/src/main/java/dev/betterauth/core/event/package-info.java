/**
 * Events Better Auth publishes inside the transaction of the change they report.
 */
@NullMarked
package dev.betterauth.core.event;

import org.jspecify.annotations.NullMarked;
