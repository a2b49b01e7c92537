package dev.betterauth.core.signin;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import dev.betterauth.core.session.ClientInfo;

/**
 * Everything the linking rules decide on.
 *
 * @param providerId the provider id
 * @param userInfo who the provider says signed in (email required)
 * @param tokens the provider's tokens
 * @param requestedScopes the scopes requested, stored when the provider does not echo {@code scope}
 * @param requestSignUp whether the client asked to sign up
 * @param client the client, recorded on the session
 */
public record SignInAttempt(String providerId, OAuthUserInfo userInfo, TokenSet tokens,
		java.util.List<String> requestedScopes, boolean requestSignUp, ClientInfo client) {
}
