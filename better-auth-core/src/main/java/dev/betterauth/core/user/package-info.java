/**
 * Users: the entity and its store.
 */
@NullMarked
package dev.betterauth.core.user;

import org.jspecify.annotations.NullMarked;
