/**
 * Sessions: the entity, its store, and the hot read behind get-session.
 */
@NullMarked
package dev.betterauth.core.session;

import org.jspecify.annotations.NullMarked;
