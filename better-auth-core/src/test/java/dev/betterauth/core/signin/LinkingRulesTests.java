package dev.betterauth.core.signin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRules;
import dev.betterauth.core.user.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The linking matrix, one row per combination that matters.
 */
class LinkingRulesTests {

	@ParameterizedTest(
			name = "provider verified={0} trusted={1} local verified={2} enabled={3} implicit off={4} require local={5} -> {6}")
	@CsvSource({
			// verified, trusted, localVerified, enabled, implicitOff, requireLocal,
			// expected
			"true,  false, true,  true,  false, true,  LINK_ACCOUNT",
			"false, true,  true,  true,  false, true,  LINK_ACCOUNT",
			"true,  true,  true,  true,  false, true,  LINK_ACCOUNT",
			"false, false, true,  true,  false, true,  account_not_linked",
			"true,  false, false, true,  false, true,  account_not_linked",
			"false, true,  false, true,  false, true,  account_not_linked",
			"true,  false, false, true,  false, false, LINK_ACCOUNT",
			"false, false, false, true,  false, false, account_not_linked",
			"true,  false, true,  false, false, true,  account_not_linked",
			"true,  true,  true,  false, false, true,  account_not_linked",
			"true,  false, true,  true,  true,  true,  account_not_linked",
			"true,  true,  true,  true,  true,  false, account_not_linked" })
	void implicitLinkingByEmail(boolean verified, boolean trusted, boolean localVerified, boolean enabled,
			boolean implicitOff, boolean requireLocal, String expected) {
		LinkingSettings linking = new LinkingSettings(enabled, trusted ? Set.of("acme") : Set.of(), requireLocal,
				implicitOff, false, false, false);
		LinkingRules.Decision decision = LinkingRules.signIn(false, user(localVerified), "acme", info(verified),
				ProviderRules.DEFAULT, false, linking);
		assertThat(outcome(decision)).isEqualTo(expected);
	}

	@ParameterizedTest(
			name = "account exists={0} user with email={1} disableSignUp={2} implicitOff={3} requestSignUp={4} -> {5}")
	@CsvSource({ "true,  true,  true,  true,  false, SIGN_IN", "true,  false, false, false, false, SIGN_IN",
			"false, false, false, false, false, CREATE_USER", "false, false, true,  false, true,  signup_disabled",
			"false, false, false, true,  false, signup_disabled", "false, false, false, true,  true,  CREATE_USER" })
	void signInAndSignUp(boolean accountExists, boolean userWithEmail, boolean disableSignUp, boolean implicitOff,
			boolean requestSignUp, String expected) {
		LinkingRules.Decision decision = LinkingRules.signIn(accountExists, userWithEmail ? user(true) : null, "acme",
				info(false), new ProviderRules(disableSignUp, implicitOff, false), requestSignUp,
				LinkingSettings.defaults());
		assertThat(outcome(decision)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "verified={0} trusted={1} enabled={2} email={3} differentAllowed={4} owner={5} -> {6}")
	@CsvSource({ "true,  false, true,  jane@example.com,  false, ,      LINK_ACCOUNT",
			"true,  false, true,  JANE@example.com,  false, u-1,   LINK_ACCOUNT",
			"false, true,  true,  jane@example.com,  false, ,      LINK_ACCOUNT",
			"false, false, true,  jane@example.com,  false, ,      unable_to_link_account",
			"true,  false, false, jane@example.com,  false, ,      unable_to_link_account",
			"true,  false, true,  other@example.com, false, ,      email_does_not_match",
			"true,  false, true,  other@example.com, true,  ,      LINK_ACCOUNT",
			"true,  false, true,  jane@example.com,  false, u-2,   account_already_linked_to_different_user" })
	void explicitLinking(boolean verified, boolean trusted, boolean enabled, String email, boolean differentAllowed,
			String owner, String expected) {
		LinkingSettings linking = new LinkingSettings(enabled, trusted ? Set.of("acme") : Set.of(), true, false, false,
				differentAllowed, false);
		OAuthUserInfo info = new OAuthUserInfo("sub", email, verified, null, null, Map.of());
		LinkingRules.Decision decision = LinkingRules.link(user(true), owner, "acme", info, linking);
		assertThat(outcome(decision)).isEqualTo(expected);
	}

	private static String outcome(LinkingRules.Decision decision) {
		return (decision.action() != null) ? decision.action().name() : decision.errorCode();
	}

	@Test
	void anAccountWithoutEmailIsLinkedExplicitlyButNeverByAddress() {
		OAuthUserInfo placeholder = new OAuthUserInfo("42", null, false, "Jane", null, Map.of())
			.withPlaceholderEmail("wechat");
		assertThat(OAuthUserInfo.isPlaceholderEmail(placeholder.email())).isTrue();
		assertThat(outcome(LinkingRules.link(user(true), null, "wechat", placeholder, LinkingSettings.defaults())))
			.isEqualTo("LINK_ACCOUNT");
		assertThat(outcome(
				LinkingRules.link(user(true), "someone-else", "wechat", placeholder, LinkingSettings.defaults())))
			.isEqualTo("account_already_linked_to_different_user");
		OAuthUserInfo unverified = new OAuthUserInfo("42", "other@example.com", false, "Jane", null, Map.of());
		assertThat(outcome(LinkingRules.link(user(true), null, "wechat", unverified, LinkingSettings.defaults())))
			.isEqualTo("unable_to_link_account");
	}

	@Test
	void placeholdersStayUniqueForIdsThatDifferOnlyInCase() {
		String plain = new OAuthUserInfo("open-7", null, false, null, null, Map.of()).withPlaceholderEmail("tiktok")
			.email();
		String upper = new OAuthUserInfo("Open-7", null, false, null, null, Map.of()).withPlaceholderEmail("tiktok")
			.email();
		String lower = new OAuthUserInfo("open-7-", null, false, null, null, Map.of()).withPlaceholderEmail("tiktok")
			.email();
		assertThat(plain).isEqualTo("open-7@tiktok.invalid");
		assertThat(upper).matches("open-7-[0-9a-f]{8}@tiktok\\.invalid");
		assertThat(List.of(plain, upper, lower)).doesNotHaveDuplicates();
		String longId = "x".repeat(200);
		assertThat(new OAuthUserInfo(longId, null, false, null, null, Map.of()).withPlaceholderEmail("vk").email())
			.hasSize(64 + "@vk.invalid".length());
	}

	private static User user(boolean emailVerified) {
		return new User("u-1", "Jane", "jane@example.com", emailVerified, null, Instant.now());
	}

	private static OAuthUserInfo info(boolean verified) {
		return new OAuthUserInfo("sub", "Jane@Example.com", verified, "Jane", null, Map.of());
	}

}
