package dev.betterauth.core.signin;

import java.util.Set;

/**
 * Account linking rules ({@code better-auth.account.linking.*}).
 *
 * @param enabled whether accounts may be linked to an existing user at all
 * @param trustedProviders providers whose emails count as verified even without
 * {@code email_verified}
 * @param requireLocalEmailVerified whether implicit linking also needs the local user's
 * email to be verified (blocks pre-registration account takeover, GHSA-g38m-r43w-p2q7)
 * @param disableImplicitLinking whether sign-in never links by email (only
 * {@code /link-social} links)
 * @param updateUserInfoOnLink whether linking copies the provider's name and image to the
 * user
 * @param allowDifferentEmails whether {@code /link-social} may link an account with
 * another email
 * @param allowUnlinkingAll whether a user's last account may be unlinked
 */
public record LinkingSettings(boolean enabled, Set<String> trustedProviders, boolean requireLocalEmailVerified,
		boolean disableImplicitLinking, boolean updateUserInfoOnLink, boolean allowDifferentEmails,
		boolean allowUnlinkingAll) {

	public LinkingSettings {
		trustedProviders = Set.copyOf(trustedProviders);
	}

	/** Better Auth's defaults, with the local-email check on. */
	public static LinkingSettings defaults() {
		return new LinkingSettings(true, Set.of(), true, false, false, false, false);
	}

	boolean isTrusted(String providerId) {
		return this.trustedProviders.contains(providerId);
	}

}
