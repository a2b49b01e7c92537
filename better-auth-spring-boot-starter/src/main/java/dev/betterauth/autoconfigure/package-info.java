/**
 * Auto-configuration of Better Auth for Spring Boot: properties, beans, schema
 * migrations.
 */
@NullMarked
package dev.betterauth.autoconfigure;

import org.jspecify.annotations.NullMarked;
