package dev.betterauth.core.signin;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.betterauth.core.OAuthError;
import dev.betterauth.core.account.Account;
import dev.betterauth.core.account.AccountStore;
import dev.betterauth.core.crypto.RandomStrings;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderHttpClient;
import dev.betterauth.core.provider.TokenSet;
import dev.betterauth.core.session.Session;
import dev.betterauth.core.session.SessionService;
import dev.betterauth.core.user.User;
import dev.betterauth.core.user.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a provider identity into a user and a session, in one transaction:
 * <ul>
 * <li>a known provider account signs its user in (tokens updated, new session);</li>
 * <li>an unknown account whose email belongs to a user is refused ({@code account_not_linked});</li>
 * <li>otherwise a new user, account and session are created.</li>
 * </ul>
 * A concurrent sign-in that commits first makes the unique indexes reject this one; it is then run
 * once more, and finds what the winner wrote.
 */
public class SignInService {

	private static final Logger logger = LoggerFactory.getLogger(SignInService.class);

	private final UserStore users;

	private final AccountStore accounts;

	private final SessionService sessions;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public SignInService(UserStore users, AccountStore accounts, SessionService sessions,
			TransactionTemplate transactions, Clock clock) {
		this.users = users;
		this.accounts = accounts;
		this.sessions = sessions;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Signs in.
	 * @param attempt the provider identity
	 * @return the user and new session
	 * @throws OAuthError {@code account_not_linked}, {@code unable_to_create_user} or
	 * {@code internal_server_error}
	 */
	public SignInResult signIn(SignInAttempt attempt) {
		try {
			return this.transactions.execute((status) -> signInOnce(attempt));
		}
		catch (DataAccessException | TransactionException ex) {
			if (!Failures.isUniqueViolation(ex)) {
				throw databaseFailure(ex);
			}
			logger.debug("Concurrent sign-in for provider {} won the race; retrying", attempt.providerId());
		}
		try {
			return this.transactions.execute((status) -> signInOnce(attempt));
		}
		catch (DataAccessException | TransactionException ex) {
			if (Failures.isUniqueViolation(ex)) {
				throw new OAuthError("unable_to_create_user",
						"another sign-in created a conflicting user or account at the same moment; try again", ex);
			}
			throw databaseFailure(ex);
		}
	}

	private SignInResult signInOnce(SignInAttempt attempt) {
		OAuthUserInfo info = attempt.userInfo();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Optional<Account> existing = this.accounts.findByProviderAccount(attempt.providerId(), info.id());
		if (existing.isPresent()) {
			Account account = existing.get();
			updateTokens(account, attempt.tokens(), attempt.requestedScopes(), now);
			Session session = this.sessions.create(account.getUser(), attempt.client());
			return new SignInResult(account.getUser(), session, false);
		}
		String email = info.email().toLowerCase(Locale.ROOT);
		if (this.users.findByEmail(email).isPresent()) {
			throw new OAuthError("account_not_linked", "a user with this email exists but has not linked "
					+ attempt.providerId() + "; sign in with the provider the account was created with");
		}
		User user = new User(RandomStrings.id(), (info.name() != null) ? info.name() : email, email,
				info.emailVerified(), info.image(), now);
		this.users.insert(user);
		Account account = new Account(RandomStrings.id(), attempt.providerId(), info.id(), user, now);
		updateTokens(account, attempt.tokens(), attempt.requestedScopes(), now);
		this.accounts.insert(account);
		Session session = this.sessions.create(user, attempt.client());
		return new SignInResult(user, session, true);
	}

	/** Stores fresh tokens; a response without a refresh token keeps the stored one. */
	static void updateTokens(Account account, TokenSet tokens, List<String> requestedScopes, Instant now) {
		account.setAccessToken(tokens.accessToken());
		account.setAccessTokenExpiresAt(tokens.accessTokenExpiresAt());
		if (tokens.refreshToken() != null) {
			account.setRefreshToken(tokens.refreshToken());
			account.setRefreshTokenExpiresAt(tokens.refreshTokenExpiresAt());
		}
		if (tokens.idToken() != null) {
			account.setIdToken(tokens.idToken());
		}
		List<String> scopes = !tokens.scopes().isEmpty() ? tokens.scopes() : requestedScopes;
		if (account.getScope() == null && scopes != null && !scopes.isEmpty()) {
			account.setScope(ProviderHttpClient.joinScopes(scopes));
		}
		account.setUpdatedAt(now);
	}

	private static OAuthError databaseFailure(RuntimeException ex) {
		logger.error("Sign-in failed in the database", ex);
		return new OAuthError("internal_server_error", "the sign-in could not be saved; nothing was written");
	}

}
