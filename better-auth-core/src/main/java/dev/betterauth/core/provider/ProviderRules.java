package dev.betterauth.core.provider;

/**
 * What a provider may do at sign-in.
 *
 * @param disableSignUp no new users through this provider
 * @param disableImplicitSignUp new users only when the sign-in request says
 * {@code requestSignUp: true}
 * @param overrideUserInfoOnSignIn copy name and image (and the email, when the provider
 * vouches for it) to the user on every sign-in
 */
public record ProviderRules(boolean disableSignUp, boolean disableImplicitSignUp, boolean overrideUserInfoOnSignIn) {

	public static final ProviderRules DEFAULT = new ProviderRules(false, false, false);

}
