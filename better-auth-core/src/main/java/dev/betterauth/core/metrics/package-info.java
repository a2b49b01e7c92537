/**
 * What the flow, the token service and the rate limiter report for metrics; the starter
 * turns it into Micrometer meters when Micrometer is present.
 */
@NullMarked
package dev.betterauth.core.metrics;

import org.jspecify.annotations.NullMarked;
