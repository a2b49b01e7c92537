package dev.betterauth.core.signin;

/**
 * An application's own sign-in rule. Every {@code SignInPolicy} bean is asked before
 * anything is written; throwing {@link SignInRejectedException} refuses the sign-in, and
 * its code and description reach the flow's error redirect.
 */
@FunctionalInterface
public interface SignInPolicy {

	/**
	 * Checks a sign-in.
	 * @param check what is about to happen
	 * @throws SignInRejectedException to refuse
	 */
	void check(SignInCheck check);

}
