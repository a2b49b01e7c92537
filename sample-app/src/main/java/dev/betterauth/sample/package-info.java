/**
 * A runnable application using the starter, with a local demo OpenID provider.
 */
@NullMarked
package dev.betterauth.sample;

import org.jspecify.annotations.NullMarked;
