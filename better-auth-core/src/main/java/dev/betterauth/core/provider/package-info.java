/**
 * Identity providers: registrations, endpoints and discovery, HTTP calls, id-token
 * verification, profile mapping.
 */
@NullMarked
package dev.betterauth.core.provider;

import org.jspecify.annotations.NullMarked;
