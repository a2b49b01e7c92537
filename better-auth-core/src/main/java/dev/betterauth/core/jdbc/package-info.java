/**
 * Plain-JDBC helpers for Better Auth's quoted camel-case schema.
 */
@NullMarked
package dev.betterauth.core.jdbc;

import org.jspecify.annotations.NullMarked;
