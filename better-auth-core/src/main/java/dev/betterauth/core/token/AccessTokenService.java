package dev.betterauth.core.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.account.Account;
import dev.betterauth.core.account.AccountNotFoundException;
import dev.betterauth.core.account.AccountStore;
import dev.betterauth.core.account.AccountTokens;
import dev.betterauth.core.account.Scopes;
import dev.betterauth.core.account.TokenCodec;
import dev.betterauth.core.crypto.RandomStrings;
import dev.betterauth.core.crypto.TokenDecryptionException;
import dev.betterauth.core.metrics.AuthMetrics;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthProviders;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderHttpClient;
import dev.betterauth.core.provider.TokenSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out provider access tokens, refreshing them when they expire within the margin,
 * and refreshes on demand ({@code refresh-token}).
 * <p>
 * A refresh is single-flight: concurrent callers in this instance share one attempt, and
 * that attempt takes the account's {@link RefreshLeaseStore lease}, so callers on other
 * instances wait for it and use its result instead of refreshing again. The provider is
 * called outside any transaction and with no database connection held: taking the lease,
 * writing the result and giving the lease back are short statements of their own, so a
 * slow provider cannot exhaust the connection pool. The result is written before anything
 * else is checked, so a refresh token the provider rotated is never lost.
 */
public class AccessTokenService implements AccessTokens {

	private static final Logger logger = LoggerFactory.getLogger(AccessTokenService.class);

	private static final Duration FIRST_POLL = Duration.ofMillis(25);

	private static final Duration LONGEST_POLL = Duration.ofMillis(250);

	private final AccountStore accounts;

	private final OAuthProviders providers;

	private final ProviderHttpClient http;

	private final AccountTokens tokens;

	private final RefreshLeaseStore leases;

	private final Duration margin;

	private final Duration leaseTimeToLive;

	private final TransactionTemplate transactions;

	private final TransactionTemplate outsideTransactions;

	private final Clock clock;

	private final Map<String, CompletableFuture<RefreshedToken>> inFlight = new ConcurrentHashMap<>();

	private AuthMetrics metrics = AuthMetrics.NONE;

	/**
	 * @param accounts the accounts
	 * @param providers the providers
	 * @param http the provider client
	 * @param codec how tokens are stored
	 * @param leases the refresh leases
	 * @param margin tokens expiring within it are refreshed before they are handed out
	 * @param leaseTimeToLive how long a lease lasts if its holder never gives it back;
	 * longer than a provider call can take
	 * @param transactions transactions on the accounts' database
	 * @param clock the clock
	 */
	public AccessTokenService(AccountStore accounts, OAuthProviders providers, ProviderHttpClient http,
			TokenCodec codec, RefreshLeaseStore leases, Duration margin, Duration leaseTimeToLive,
			TransactionTemplate transactions, Clock clock) {
		this.accounts = accounts;
		this.providers = providers;
		this.http = http;
		this.tokens = new AccountTokens(codec);
		this.leases = leases;
		this.margin = margin;
		this.leaseTimeToLive = leaseTimeToLive;
		this.transactions = transactions;
		this.outsideTransactions = new TransactionTemplate(transactions.getTransactionManager());
		// Lease statements commit on their own, whatever transaction the caller is in.
		this.outsideTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
		this.clock = clock;
	}

	/**
	 * Where refresh outcomes are reported.
	 * @param metrics the metrics
	 */
	public void setMetrics(AuthMetrics metrics) {
		this.metrics = metrics;
	}

	@Override
	public AccessToken get(String userId, String providerId) {
		Account account = this.transactions.execute((status) -> this.accounts.findByUserId(userId)
			.stream()
			.filter((candidate) -> candidate.getProviderId().equals(providerId))
			.findFirst()
			.orElse(null));
		if (account == null) {
			throw new AccountNotFoundException("The user has no " + providerId + " account");
		}
		return fresh(account);
	}

	/**
	 * A valid access token of one of the user's accounts ({@code get-access-token}).
	 * @param userId the signed-in user
	 * @param accountId the account row id
	 * @return the token
	 */
	public AccessToken getByAccountId(String userId, String accountId) {
		return fresh(owned(userId, accountId));
	}

	/**
	 * The account the user has, when there is exactly one ({@code useAccountCookie}).
	 * @param userId the user
	 * @return the account row id
	 */
	public String onlyAccountId(String userId) {
		List<Account> owned = this.transactions.execute((status) -> this.accounts.findByUserId(userId));
		if (owned.size() != 1) {
			throw BetterAuthException.validation("accountId",
					"the user has " + owned.size() + " accounts: pass accountId (the id from list-accounts)");
		}
		return owned.get(0).getId();
	}

	/**
	 * Refreshes now ({@code refresh-token}). Concurrent calls, here or on other
	 * instances, share one refresh: a refresh that completes after this call started
	 * answers it.
	 * @param userId the signed-in user
	 * @param accountId the account row id
	 * @return the new token
	 * @throws AccessTokenException {@code REFRESH_TOKEN_NOT_FOUND},
	 * {@code TOKEN_REFRESH_NOT_SUPPORTED} or {@code FAILED_TO_REFRESH_ACCESS_TOKEN}
	 */
	public RefreshedToken refresh(String userId, String accountId) {
		Instant requestedAt = now();
		Account account = owned(userId, accountId);
		refreshable(account, true);
		return shared(accountId, requestedAt, true);
	}

	private Account owned(String userId, String accountId) {
		Account account = this.transactions.execute((status) -> this.accounts.findByUserId(userId)
			.stream()
			.filter((candidate) -> candidate.getId().equals(accountId))
			.findFirst()
			.orElse(null));
		if (account == null) {
			throw notFound();
		}
		return account;
	}

	private AccessToken fresh(Account account) {
		if (isFresh(account)) {
			return token(account);
		}
		return shared(account.getId(), now(), false).token();
	}

	/** One refresh per account in this instance at a time; other callers join it. */
	private RefreshedToken shared(String accountId, Instant requestedAt, boolean forced) {
		CompletableFuture<RefreshedToken> mine = new CompletableFuture<>();
		CompletableFuture<RefreshedToken> running = this.inFlight.putIfAbsent(accountId, mine);
		if (running != null) {
			return join(running);
		}
		try {
			RefreshedToken refreshed = acrossInstances(accountId, requestedAt, forced);
			mine.complete(refreshed);
			return refreshed;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.inFlight.remove(accountId, mine);
		}
	}

	/**
	 * Refreshes under the account's lease, or waits for whoever holds it and uses what it
	 * wrote.
	 */
	private RefreshedToken acrossInstances(String accountId, Instant requestedAt, boolean forced) {
		String holder = RandomStrings.alphanumeric(32);
		Instant giveUpAt = now().plus(this.leaseTimeToLive);
		Duration poll = FIRST_POLL;
		while (true) {
			Account account = read(accountId);
			if (answers(account, requestedAt, forced)) {
				return refreshed(account);
			}
			Instant now = now();
			if (acquire(accountId, holder, now)) {
				try {
					// Another instance may have finished just before the lease was free.
					account = read(accountId);
					if (answers(account, requestedAt, forced)) {
						return refreshed(account);
					}
					return refreshUnderLease(account, forced);
				}
				finally {
					release(accountId, holder);
				}
			}
			if (!now.isBefore(giveUpAt)) {
				throw failure(forced, "The " + account.getProviderId()
						+ " token is being refreshed by another request that has not finished; try again");
			}
			sleep(poll);
			poll = poll.multipliedBy(2).compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : poll.multipliedBy(2);
		}
	}

	private RefreshedToken refreshUnderLease(Account account, boolean forced) {
		OAuthProvider provider = refreshable(account, forced);
		String refreshToken = open(() -> this.tokens.refreshToken(account), account, forced);
		logger.debug("Refreshing the {} access token of account {}", provider.id(), account.getId());
		TokenSet answer;
		try {
			answer = this.http.refresh(provider, refreshToken);
		}
		catch (ProviderException ex) {
			logger.warn("Refreshing the {} token of account {} failed: {}", provider.id(), account.getId(),
					ex.logLine());
			this.metrics.tokenRefresh(provider.id(),
					"invalid_grant".equals(ex.oauthError()) ? "invalid_grant" : "failure");
			if ("invalid_grant".equals(ex.oauthError())) {
				throw failure(forced,
						provider.id() + " refused the refresh token (invalid_grant): the user must sign in " + "with "
								+ provider.id() + " again");
			}
			throw failure(forced, "The " + provider.id() + " access token could not be refreshed: " + ex.getMessage());
		}
		// Written first: the provider may have rotated the refresh token, and the old one
		// is dead there.
		Account written;
		try {
			written = this.transactions.execute((status) -> {
				Account current = this.accounts.findById(account.getId()).orElseThrow(AccessTokenService::notFound);
				this.tokens.write(current, answer, now());
				if (!answer.scopes().isEmpty()) {
					current.setScope(Scopes.join(answer.scopes()));
				}
				this.accounts.update(current);
				return current;
			});
		}
		catch (OptimisticLockingFailureException ex) {
			// Unlinked while the provider answered.
			throw notFound();
		}
		Instant expiresAt = written.getAccessTokenExpiresAt();
		if (expiresAt != null && !expiresAt.isAfter(now())) {
			this.metrics.tokenRefresh(provider.id(), "failure");
			throw failure(forced, provider.id() + " answered the refresh with a token that has already expired");
		}
		this.metrics.tokenRefresh(provider.id(), "success");
		return refreshed(written);
	}

	/**
	 * The provider to refresh with, or why there is none.
	 */
	private OAuthProvider refreshable(Account account, boolean forced) {
		String provider = account.getProviderId();
		if (account.getRefreshToken() == null) {
			throw forced
					? new AccessTokenException(ErrorCodes.REFRESH_TOKEN_NOT_FOUND,
							"No refresh token is stored for this account: sign in with " + provider + " again")
					: failedToGet("The " + provider + " access token has expired and no refresh token is stored: "
							+ "the user must sign in with " + provider + " again");
		}
		Optional<OAuthProvider> configured = this.providers.find(provider);
		if (configured.isEmpty()) {
			throw forced
					? new AccessTokenException(ErrorCodes.TOKEN_REFRESH_NOT_SUPPORTED,
							"Provider " + provider + " is no longer configured")
					: failedToGet("The " + provider + " access token has expired and " + provider
							+ " is no longer configured to refresh it");
		}
		return configured.get();
	}

	/**
	 * Whether the account as stored answers the request: a refresh that finished after it
	 * started does; so does, for {@code get-access-token}, a token beyond the margin.
	 */
	private boolean answers(Account account, Instant requestedAt, boolean forced) {
		if (account.getAccessToken() == null) {
			return false;
		}
		boolean refreshedSince = !account.getUpdatedAt().isBefore(requestedAt);
		if (forced) {
			return refreshedSince;
		}
		Instant expiresAt = account.getAccessTokenExpiresAt();
		// A provider issuing tokens shorter than the margin: hand out what was just
		// issued.
		return isFresh(account) || (refreshedSince && (expiresAt == null || expiresAt.isAfter(now())));
	}

	private boolean isFresh(Account account) {
		if (account.getAccessToken() == null) {
			return false;
		}
		Instant expiresAt = account.getAccessTokenExpiresAt();
		// No expiry known: the provider issues tokens without one, used until refused.
		return expiresAt == null || expiresAt.isAfter(now().plus(this.margin));
	}

	private Account read(String accountId) {
		Account account = this.transactions.execute((status) -> this.accounts.findById(accountId).orElse(null));
		if (account == null) {
			throw notFound();
		}
		return account;
	}

	private boolean acquire(String accountId, String holder, Instant now) {
		Boolean acquired = this.outsideTransactions
			.execute((status) -> this.leases.tryAcquire(accountId, holder, now, now.plus(this.leaseTimeToLive)));
		return Boolean.TRUE.equals(acquired);
	}

	private void release(String accountId, String holder) {
		try {
			this.outsideTransactions.executeWithoutResult((status) -> this.leases.release(accountId, holder));
		}
		catch (RuntimeException ex) {
			// The lease lapses on its own.
			logger.warn("Could not give back the refresh lease of account {}: {}", accountId, ex.toString());
		}
	}

	private RefreshedToken refreshed(Account account) {
		return new RefreshedToken(token(account), account.getRefreshTokenExpiresAt());
	}

	private AccessToken token(Account account) {
		String accessToken = open(() -> this.tokens.accessToken(account), account, false);
		return new AccessToken(account.getId(), account.getProviderId(), (accessToken != null) ? accessToken : "",
				account.getAccessTokenExpiresAt(), Scopes.split(account.getScope()),
				open(() -> this.tokens.idToken(account), account, false));
	}

	/**
	 * Opens a stored token. One sealed with a secret that is no longer configured cannot
	 * be used: the user must sign in again, which stores a new one.
	 */
	private @Nullable String open(Opener opener, Account account, boolean forced) {
		try {
			return opener.open();
		}
		catch (TokenDecryptionException ex) {
			logger.warn("A stored token of account {} cannot be decrypted: {}", account.getId(), ex.getMessage());
			throw failure(forced,
					"The stored " + account.getProviderId() + " token can no longer be read (it was encrypted with a "
							+ "secret that is no longer configured): the user must sign in with "
							+ account.getProviderId() + " again");
		}
	}

	private static AccessTokenException failure(boolean forced, String message) {
		return forced ? new AccessTokenException(ErrorCodes.FAILED_TO_REFRESH_ACCESS_TOKEN, message)
				: failedToGet(message);
	}

	private static RefreshedToken join(CompletableFuture<RefreshedToken> running) {
		try {
			return running.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private static void sleep(Duration poll) {
		try {
			Thread.sleep(poll.toMillis() + ThreadLocalRandom.current().nextLong(1 + poll.toMillis() / 2));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw failedToGet("Interrupted while waiting for a token refresh");
		}
	}

	private static AccountNotFoundException notFound() {
		return new AccountNotFoundException("Account not found");
	}

	private static AccessTokenException failedToGet(String message) {
		return new AccessTokenException(ErrorCodes.FAILED_TO_GET_ACCESS_TOKEN, message);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	@FunctionalInterface
	private interface Opener {

		@Nullable String open();

	}

	/**
	 * The result of {@code refresh-token}.
	 *
	 * @param token the new access token
	 * @param refreshTokenExpiresAt when the refresh token expires, may be {@code null}
	 */
	public record RefreshedToken(AccessToken token, @Nullable Instant refreshTokenExpiresAt) {

	}

}
