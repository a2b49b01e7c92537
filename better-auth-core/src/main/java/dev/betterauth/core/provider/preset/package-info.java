/**
 * Built-in provider presets: Better Auth's social providers, configured with a client id
 * and secret.
 */
@NullMarked
package dev.betterauth.core.provider.preset;

import org.jspecify.annotations.NullMarked;
