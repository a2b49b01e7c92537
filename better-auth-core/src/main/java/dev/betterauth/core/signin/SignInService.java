package dev.betterauth.core.signin;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.account.Account;
import dev.betterauth.core.account.AccountStore;
import dev.betterauth.core.account.AccountTokens;
import dev.betterauth.core.account.Scopes;
import dev.betterauth.core.account.SignInCandidates;
import dev.betterauth.core.account.TokenCodec;
import dev.betterauth.core.crypto.RandomStrings;
import dev.betterauth.core.event.AccountLinkedEvent;
import dev.betterauth.core.event.AuthEventPublisher;
import dev.betterauth.core.event.SessionCreatedEvent;
import dev.betterauth.core.event.UserCreatedEvent;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.TokenSet;
import dev.betterauth.core.session.Session;
import dev.betterauth.core.session.SessionService;
import dev.betterauth.core.session.SessionStore;
import dev.betterauth.core.user.User;
import dev.betterauth.core.user.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a provider identity into a user and a session, each sign-in in one transaction,
 * by the {@link LinkingRules}: a known account signs its user in; an unknown one is
 * linked to the user with its email only when that is safe; otherwise a new user is
 * created. Policies are asked before anything is written. Events are published, and
 * {@link SignUpHook}s called, inside the transaction, so a listener or hook that throws
 * rolls the sign-in back and {@code @TransactionalEventListener}s see only committed
 * sign-ins. A concurrent sign-in that commits first makes the unique indexes (or a
 * deadlock) reject this one, which is then run again and finds what the winner wrote (as
 * is one whose account was unlinked since it was read); in-transaction listeners then see
 * the events of both attempts.
 */
public class SignInService {

	private static final Logger logger = LoggerFactory.getLogger(SignInService.class);

	private static final int ATTEMPTS = 3;

	private final UserStore users;

	private final AccountStore accounts;

	private final SessionService sessions;

	private final SessionStore sessionStore;

	private final LinkingSettings linking;

	private final List<SignInPolicy> policies;

	private final List<SignUpHook> signUpHooks;

	private final AuthEventPublisher events;

	private final AccountTokens tokens;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public SignInService(UserStore users, AccountStore accounts, SessionService sessions, SessionStore sessionStore,
			LinkingSettings linking, List<SignInPolicy> policies, List<SignUpHook> signUpHooks,
			AuthEventPublisher events, TokenCodec codec, TransactionTemplate transactions, Clock clock) {
		this.tokens = new AccountTokens(codec);
		this.users = users;
		this.accounts = accounts;
		this.sessions = sessions;
		this.sessionStore = sessionStore;
		this.linking = linking;
		this.policies = List.copyOf(policies);
		this.signUpHooks = List.copyOf(signUpHooks);
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Signs in (or up).
	 * @param attempt the provider identity (with an email)
	 * @return the user and new session
	 * @throws OAuthFlowException {@code account_not_linked}, {@code signup_disabled},
	 * {@code unable_to_create_user}, {@code internal_server_error}, or a policy's own
	 * code
	 */
	public SignInResult signIn(SignInAttempt attempt) {
		return inTransaction(() -> signInOnce(attempt), ErrorCodes.UNABLE_TO_CREATE_USER,
				"another sign-in created a conflicting user or account at the same moment; try again");
	}

	/**
	 * Links a provider account to the signed-in user who started the flow; no new
	 * session.
	 * @param intent who started it
	 * @param attempt the provider identity
	 * @throws OAuthFlowException {@code unable_to_link_account},
	 * {@code email_does_not_match}, {@code account_already_linked_to_different_user},
	 * {@code internal_server_error}, or a policy's own code
	 */
	public void link(LinkIntent intent, SignInAttempt attempt) {
		inTransaction(() -> {
			linkOnce(intent, attempt);
			return null;
		}, ErrorCodes.UNABLE_TO_LINK_ACCOUNT, "another request changed this account at the same moment; try again");
	}

	private <T> T inTransaction(Supplier<T> work, String raceCode, String raceDescription) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> work.get());
			}
			catch (OAuthFlowException ex) {
				throw ex;
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// A concurrent sign-in committed first (unique index), a deadlock, or the
				// account was unlinked since it was read: the next attempt decides anew.
				if (attempt == ATTEMPTS) {
					throw new OAuthFlowException(raceCode, raceDescription, ex);
				}
				logger.debug("A concurrent sign-in won the race (attempt {}); trying again", attempt);
			}
			catch (RuntimeException ex) {
				logger.error("Sign-in failed and was rolled back", ex);
				throw new OAuthFlowException(ErrorCodes.INTERNAL_SERVER_ERROR,
						"the sign-in could not be saved; nothing was written");
			}
		}
	}

	private SignInResult signInOnce(SignInAttempt attempt) {
		OAuthUserInfo info = attempt.userInfo();
		String providerId = attempt.providerId();
		Instant now = now();
		String email = info.email().toLowerCase(Locale.ROOT);
		SignInCandidates candidates = this.accounts.findSignInCandidates(providerId, info.id(), email)
			.orElseGet(() -> lookUpSeparately(providerId, info.id(), email));
		Optional<Account> existing = Optional.ofNullable(candidates.account());
		boolean placeholder = OAuthUserInfo.isPlaceholderEmail(email);
		if (existing.isEmpty() && placeholder && candidates.userWithEmail() != null) {
			// Its account was unlinked; a placeholder never links by itself.
			throw new OAuthFlowException(ErrorCodes.ACCOUNT_NOT_LINKED, "this " + providerId
					+ " account was unlinked from its user; sign in another way and link it again");
		}
		User userWithEmail = (existing.isPresent() || placeholder) ? null : candidates.userWithEmail();
		LinkingRules.Decision decision = LinkingRules.signIn(existing.isPresent(), userWithEmail, providerId, info,
				attempt.rules(), attempt.requestSignUp(), this.linking);
		if (decision.action() == null) {
			throw new OAuthFlowException(decision.errorCode(), decision.description());
		}
		User user = switch (decision.action()) {
			case SIGN_IN -> existing.get().getUser();
			case LINK_ACCOUNT -> userWithEmail;
			case CREATE_USER -> null;
		};
		check(new SignInCheck(providerId, decision.action(), info, (user != null) ? user.getId() : null));
		boolean newUser = false;
		switch (decision.action()) {
			case SIGN_IN -> {
				updateTokens(existing.get(), attempt.tokens(), attempt.requestedScopes(), now, false);
				this.accounts.update(existing.get());
				refreshUser(user, info, attempt.rules().overrideUserInfoOnSignIn(), now);
			}
			case LINK_ACCOUNT -> {
				addAccount(user, providerId, attempt, now);
				if (this.linking.updateUserInfoOnLink()) {
					copyNameAndImage(user, info, now);
				}
				verifyEmailIfVouched(user, info, now);
				this.events.publish(new AccountLinkedEvent(user.getId(), providerId, info.id(), false));
			}
			case CREATE_USER -> {
				user = new User(RandomStrings.id(), (info.name() != null) ? info.name() : email, email,
						info.emailVerified(), info.image(), now);
				this.users.insert(user);
				addAccount(user, providerId, attempt, now);
				this.events.publish(new UserCreatedEvent(user.getId(), email, providerId));
				NewUser signUp = new NewUser(user, providerId, info);
				for (SignUpHook hook : this.signUpHooks) {
					hook.onSignUp(signUp);
				}
				newUser = true;
			}
		}
		// What the rules or a sign-up hook changed; nothing when nothing did.
		this.users.update(user);
		if (!newUser && user.getUpdatedAt().equals(now)) {
			// The user's other sessions may be kept with a copy of the user (secondary
			// storage).
			this.sessions.userUpdated(user);
		}
		Session session = this.sessions.create(user, attempt.client());
		this.events.publish(new SessionCreatedEvent(user.getId(), session.getId(), providerId, session.getIpAddress(),
				session.getUserAgent()));
		return new SignInResult(user, session, newUser);
	}

	private void linkOnce(LinkIntent intent, SignInAttempt attempt) {
		Instant now = now();
		String providerId = attempt.providerId();
		OAuthUserInfo info = attempt.userInfo();
		if (!this.sessionStore.isLive(intent.sessionId(), intent.userId(), now)) {
			throw new OAuthFlowException(ErrorCodes.UNABLE_TO_LINK_ACCOUNT,
					"the session that started linking has ended; sign in and link again");
		}
		User user = this.users.findById(intent.userId())
			.orElseThrow(() -> new OAuthFlowException(ErrorCodes.UNABLE_TO_LINK_ACCOUNT, "the user no longer exists"));
		Optional<Account> existing = this.accounts.findByProviderAccount(providerId, info.id());
		LinkingRules.Decision decision = LinkingRules.link(user,
				existing.map((account) -> account.getUser().getId()).orElse(null), providerId, info, this.linking);
		if (decision.action() == null) {
			throw new OAuthFlowException(decision.errorCode(), decision.description());
		}
		check(new SignInCheck(providerId, SignInAction.LINK_ACCOUNT, info, user.getId()));
		if (existing.isPresent()) {
			updateTokens(existing.get(), attempt.tokens(), attempt.requestedScopes(), now, true);
			this.accounts.update(existing.get());
		}
		else {
			addAccount(user, providerId, attempt, now);
			this.events.publish(new AccountLinkedEvent(user.getId(), providerId, info.id(), true));
		}
		if (this.linking.updateUserInfoOnLink()) {
			copyNameAndImage(user, info, now);
		}
		this.users.update(user);
		if (user.getUpdatedAt().equals(now)) {
			this.sessions.userUpdated(user);
		}
	}

	private void check(SignInCheck check) {
		for (SignInPolicy policy : this.policies) {
			policy.check(check);
		}
	}

	/** The two lookups of a sign-in, for stores that do not combine them. */
	private SignInCandidates lookUpSeparately(String providerId, String accountId, String email) {
		Optional<Account> account = this.accounts.findByProviderAccount(providerId, accountId);
		return new SignInCandidates(account.orElse(null),
				account.isPresent() ? null : this.users.findByEmail(email).orElse(null));
	}

	private void addAccount(User user, String providerId, SignInAttempt attempt, Instant now) {
		Account account = new Account(RandomStrings.id(), providerId, attempt.userInfo().id(), user, now);
		updateTokens(account, attempt.tokens(), attempt.requestedScopes(), now, false);
		this.accounts.insert(account);
	}

	/**
	 * On sign-in: a vouched email equal to the user's verifies it; overrides copy profile
	 * fields.
	 */
	private void refreshUser(User user, OAuthUserInfo info, boolean override, Instant now) {
		if (LinkingRules.sameEmail(info.email(), user.getEmail())) {
			verifyEmailIfVouched(user, info, now);
		}
		if (!override) {
			return;
		}
		copyNameAndImage(user, info, now);
		// Unlike Better Auth, the email is only taken over when the provider vouches for
		// it and no
		// other user has it.
		if (info.emailVerified() && !LinkingRules.sameEmail(info.email(), user.getEmail())
				&& this.users.findByEmail(info.email()).isEmpty()) {
			user.setEmail(info.email().toLowerCase(Locale.ROOT));
			user.setEmailVerified(true);
			user.setUpdatedAt(now);
		}
	}

	private static void verifyEmailIfVouched(User user, OAuthUserInfo info, Instant now) {
		if (info.emailVerified() && !user.isEmailVerified()) {
			user.setEmailVerified(true);
			user.setUpdatedAt(now);
		}
	}

	private static void copyNameAndImage(User user, OAuthUserInfo info, Instant now) {
		boolean changed = false;
		if (info.name() != null && !info.name().equals(user.getName())) {
			user.setName(info.name());
			changed = true;
		}
		if (info.image() != null && !info.image().equals(user.getImage())) {
			user.setImage(info.image());
			changed = true;
		}
		if (changed) {
			user.setUpdatedAt(now);
		}
	}

	/**
	 * Stores fresh tokens; a response without a refresh token keeps the stored one.
	 * Scopes are set when unknown, and merged when {@code mergeScopes} (an explicit link
	 * of a known account).
	 */
	private void updateTokens(Account account, TokenSet tokens, List<String> requestedScopes, Instant now,
			boolean mergeScopes) {
		this.tokens.write(account, tokens, now);
		List<String> granted = !tokens.scopes().isEmpty() ? tokens.scopes()
				: (requestedScopes != null) ? requestedScopes : List.of();
		if (account.getScope() == null || account.getScope().isBlank()) {
			if (!granted.isEmpty()) {
				account.setScope(Scopes.join(granted));
			}
		}
		else if (mergeScopes) {
			LinkedHashSet<String> merged = new LinkedHashSet<>(Scopes.split(account.getScope()));
			merged.addAll(granted);
			account.setScope(Scopes.join(new ArrayList<>(merged)));
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
