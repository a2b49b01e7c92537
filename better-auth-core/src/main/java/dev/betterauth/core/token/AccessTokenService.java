package dev.betterauth.core.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.account.Account;
import dev.betterauth.core.account.AccountNotFoundException;
import dev.betterauth.core.account.AccountStore;
import dev.betterauth.core.account.AccountTokens;
import dev.betterauth.core.account.Scopes;
import dev.betterauth.core.account.TokenCodec;
import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthProviders;
import dev.betterauth.core.provider.ProviderException;
import dev.betterauth.core.provider.ProviderHttpClient;
import dev.betterauth.core.provider.TokenSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out provider access tokens, refreshing them when they expire within the margin.
 * Refresh is single-flight: concurrent callers in this instance share one attempt, and
 * that attempt holds the account's row lock ({@code SELECT ... FOR UPDATE}) while it
 * calls the provider, so callers on other instances wait for it, find the new token and
 * do not refresh again. An expired token is never returned.
 */
public class AccessTokenService implements AccessTokens {

	private static final Logger logger = LoggerFactory.getLogger(AccessTokenService.class);

	private final AccountStore accounts;

	private final OAuthProviders providers;

	private final ProviderHttpClient http;

	private final AccountTokens tokens;

	private final Duration margin;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Map<String, CompletableFuture<AccessToken>> inFlight = new ConcurrentHashMap<>();

	public AccessTokenService(AccountStore accounts, OAuthProviders providers, ProviderHttpClient http,
			TokenCodec codec, Duration margin, TransactionTemplate transactions, Clock clock) {
		this.accounts = accounts;
		this.providers = providers;
		this.http = http;
		this.tokens = new AccountTokens(codec);
		this.margin = margin;
		this.transactions = transactions;
		this.clock = clock;
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
	 * Refreshes now, whatever the token's age ({@code refresh-token}).
	 * @param userId the signed-in user
	 * @param accountId the account row id
	 * @return the new token
	 * @throws BetterAuthException {@code REFRESH_TOKEN_NOT_FOUND},
	 * {@code TOKEN_REFRESH_NOT_SUPPORTED} or {@code FAILED_TO_REFRESH_ACCESS_TOKEN}
	 */
	public RefreshedToken refresh(String userId, String accountId) {
		Account account = owned(userId, accountId);
		if (account.getRefreshToken() == null) {
			throw new AccessTokenException(ErrorCodes.REFRESH_TOKEN_NOT_FOUND,
					"No refresh token is stored for this account: sign in with " + account.getProviderId() + " again");
		}
		if (this.providers.find(account.getProviderId()).isEmpty()) {
			throw new AccessTokenException(ErrorCodes.TOKEN_REFRESH_NOT_SUPPORTED,
					"Provider " + account.getProviderId() + " is no longer configured");
		}
		return this.transactions.execute((status) -> {
			Account locked = this.accounts.lockById(accountId).orElseThrow(AccessTokenService::notFound);
			try {
				refreshLocked(locked);
				return new RefreshedToken(token(locked), locked.getRefreshTokenExpiresAt());
			}
			catch (ProviderException ex) {
				throw new AccessTokenException(ErrorCodes.FAILED_TO_REFRESH_ACCESS_TOKEN,
						"Failed to refresh the access token: " + ex.getMessage());
			}
		});
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
		CompletableFuture<AccessToken> mine = new CompletableFuture<>();
		CompletableFuture<AccessToken> running = this.inFlight.putIfAbsent(account.getId(), mine);
		if (running != null) {
			return join(running);
		}
		try {
			AccessToken token = this.transactions.execute((status) -> refreshIfStale(account.getId()));
			mine.complete(token);
			return token;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.inFlight.remove(account.getId(), mine);
		}
	}

	/** Under the row lock: another instance may have refreshed while this one waited. */
	private AccessToken refreshIfStale(String accountId) {
		Account account = this.accounts.lockById(accountId).orElseThrow(AccessTokenService::notFound);
		if (isFresh(account)) {
			return token(account);
		}
		String provider = account.getProviderId();
		if (account.getRefreshToken() == null) {
			throw failedToGet("The " + provider + " access token has expired and no refresh token is stored: "
					+ "the user must sign in with " + provider + " again");
		}
		if (this.providers.find(provider).isEmpty()) {
			throw failedToGet("The " + provider + " access token has expired and " + provider
					+ " is no longer configured to refresh it");
		}
		try {
			refreshLocked(account);
		}
		catch (ProviderException ex) {
			if ("invalid_grant".equals(ex.oauthError())) {
				throw failedToGet(provider + " refused the refresh token (invalid_grant): the user must sign in with "
						+ provider + " again");
			}
			throw failedToGet("The " + provider + " access token could not be refreshed: " + ex.getMessage());
		}
		if (!isFresh(account)) {
			throw failedToGet(provider + " answered the refresh with a token that has already expired");
		}
		return token(account);
	}

	/**
	 * Calls the provider while the caller holds the row lock, and stores what it
	 * answered.
	 */
	private void refreshLocked(Account account) {
		OAuthProvider provider = this.providers.find(account.getProviderId()).orElseThrow();
		logger.debug("Refreshing the {} access token of account {}", provider.id(), account.getId());
		TokenSet tokens = this.http.refresh(provider, this.tokens.refreshToken(account));
		this.tokens.write(account, tokens, now());
		if (!tokens.scopes().isEmpty()) {
			account.setScope(Scopes.join(tokens.scopes()));
		}
	}

	private boolean isFresh(Account account) {
		if (account.getAccessToken() == null) {
			return false;
		}
		Instant expiresAt = account.getAccessTokenExpiresAt();
		// No expiry known: the provider issues tokens without one, and they are used
		// until refused.
		return expiresAt == null || expiresAt.isAfter(now().plus(this.margin));
	}

	private AccessToken token(Account account) {
		return new AccessToken(account.getId(), account.getProviderId(), this.tokens.accessToken(account),
				account.getAccessTokenExpiresAt(), Scopes.split(account.getScope()), this.tokens.idToken(account));
	}

	private static AccessToken join(CompletableFuture<AccessToken> running) {
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

	private static AccountNotFoundException notFound() {
		return new AccountNotFoundException("Account not found");
	}

	private static AccessTokenException failedToGet(String message) {
		return new AccessTokenException(ErrorCodes.FAILED_TO_GET_ACCESS_TOKEN, message);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
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
