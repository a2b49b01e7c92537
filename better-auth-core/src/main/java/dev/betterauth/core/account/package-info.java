/**
 * Provider accounts: the entity, its store, its tokens at rest, listing and unlinking.
 */
@NullMarked
package dev.betterauth.core.account;

import org.jspecify.annotations.NullMarked;
