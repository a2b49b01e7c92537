/**
 * Who signs in as whom: the linking rules, policies and sign-up hooks, each sign-in in
 * one transaction.
 */
@NullMarked
package dev.betterauth.core.signin;

import org.jspecify.annotations.NullMarked;
