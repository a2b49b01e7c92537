package dev.betterauth.core.signin;

import java.util.Locale;

import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRules;
import dev.betterauth.core.user.User;
import org.jspecify.annotations.Nullable;

/**
 * The decisions of account linking, as pure functions (no storage): what a sign-in or an
 * explicit link does, or which error code refuses it.
 */
final class LinkingRules {

	private LinkingRules() {
	}

	/**
	 * Decides a sign-in.
	 * @param accountExists whether the provider account is already known
	 * @param userWithEmail the user who has the provider's email, or {@code null}
	 * @param providerId the provider
	 * @param info the provider's user info
	 * @param rules the provider's sign-up rules
	 * @param requestSignUp whether the client asked to sign up
	 * @param linking the linking settings
	 * @return the action, or a refusal
	 */
	static Decision signIn(boolean accountExists, @Nullable User userWithEmail, String providerId, OAuthUserInfo info,
			ProviderRules rules, boolean requestSignUp, LinkingSettings linking) {
		if (accountExists) {
			return Decision.of(SignInAction.SIGN_IN);
		}
		if (userWithEmail != null) {
			if (!linking.enabled() || linking.disableImplicitLinking()) {
				return Decision.refuse(ErrorCodes.ACCOUNT_NOT_LINKED,
						"a user with this email exists, and linking by email is turned off; sign in with the provider "
								+ "you used before and link " + providerId + " from your account");
			}
			if (!info.emailVerified() && !linking.isTrusted(providerId)) {
				return Decision.refuse(ErrorCodes.ACCOUNT_NOT_LINKED, "a user with this email exists, but " + providerId
						+ " does not vouch for the email (email_verified is not true)");
			}
			if (linking.requireLocalEmailVerified() && !userWithEmail.isEmailVerified()) {
				return Decision.refuse(ErrorCodes.ACCOUNT_NOT_LINKED,
						"a user with this email exists, but its email is not verified, so it cannot be linked");
			}
			return Decision.of(SignInAction.LINK_ACCOUNT);
		}
		if (rules.disableSignUp()) {
			return Decision.refuse(ErrorCodes.SIGNUP_DISABLED, "new accounts cannot be created with " + providerId);
		}
		if (rules.disableImplicitSignUp() && !requestSignUp) {
			return Decision.refuse(ErrorCodes.SIGNUP_DISABLED,
					"no account exists for this " + providerId + " user, and this sign-in did not ask to sign up");
		}
		return Decision.of(SignInAction.CREATE_USER);
	}

	/**
	 * Decides an explicit link ({@code /link-social}) for a signed-in user.
	 * @param linkingUser the signed-in user
	 * @param accountOwnerId the user who already has this provider account, or
	 * {@code null}
	 * @param providerId the provider
	 * @param info the provider's user info
	 * @param linking the linking settings
	 * @return {@code LINK_ACCOUNT} (also when the user already has the account), or a
	 * refusal
	 */
	static Decision link(User linkingUser, @Nullable String accountOwnerId, String providerId, OAuthUserInfo info,
			LinkingSettings linking) {
		if (!linking.enabled()) {
			return Decision.refuse(ErrorCodes.UNABLE_TO_LINK_ACCOUNT, "account linking is turned off");
		}
		// A provider without an email (a placeholder) has no address to compare: the
		// signed-in user's own consent at the provider is what links it.
		boolean noEmail = OAuthUserInfo.isPlaceholderEmail(info.email());
		if (!noEmail && !info.emailVerified() && !linking.isTrusted(providerId)) {
			return Decision.refuse(ErrorCodes.UNABLE_TO_LINK_ACCOUNT,
					providerId + " does not vouch for the account's email (email_verified is not true)");
		}
		if (!noEmail && !linking.allowDifferentEmails() && !sameEmail(info.email(), linkingUser.getEmail())) {
			return Decision.refuse(ErrorCodes.EMAIL_DOES_NOT_MATCH,
					"the " + providerId + " account's email is not the signed-in user's");
		}
		if (accountOwnerId != null && !accountOwnerId.equals(linkingUser.getId())) {
			return Decision.refuse(ErrorCodes.ACCOUNT_ALREADY_LINKED_TO_DIFFERENT_USER,
					"this " + providerId + " account belongs to another user");
		}
		return Decision.of(SignInAction.LINK_ACCOUNT);
	}

	static boolean sameEmail(String a, String b) {
		return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
	}

	/**
	 * An action, or a refusal with its error code.
	 *
	 * @param action what to do, {@code null} when refused
	 * @param errorCode why not
	 * @param description the detail
	 */
	record Decision(@Nullable SignInAction action, @Nullable String errorCode, @Nullable String description) {

		static Decision of(SignInAction action) {
			return new Decision(action, null, null);
		}

		static Decision refuse(String code, String description) {
			return new Decision(null, code, description);
		}

	}

}
