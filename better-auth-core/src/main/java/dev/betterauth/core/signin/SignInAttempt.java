package dev.betterauth.core.signin;

import java.util.List;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRules;
import dev.betterauth.core.provider.TokenSet;
import dev.betterauth.core.session.ClientInfo;

/**
 * Everything the linking rules decide on.
 *
 * @param providerId the provider id
 * @param rules the provider's sign-up rules
 * @param userInfo who the provider says signed in
 * @param tokens the provider's tokens
 * @param requestedScopes the scopes requested, stored when the provider does not echo
 * {@code scope}
 * @param requestSignUp whether the client asked to sign up
 * @param client the client, recorded on the session
 */
public record SignInAttempt(String providerId, ProviderRules rules, OAuthUserInfo userInfo, TokenSet tokens,
		List<String> requestedScopes, boolean requestSignUp, ClientInfo client) {
}
