package dev.betterauth.core.account;

import java.time.Instant;
import java.util.List;

import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.BetterAuthException.Kind;
import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.event.AccountUnlinkedEvent;
import dev.betterauth.core.event.AuthEventPublisher;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed-in user's provider accounts: list them (never their tokens) and unlink one.
 */
public class AccountService {

	private final AccountStore accounts;

	private final boolean allowUnlinkingAll;

	private final AuthEventPublisher events;

	private final TransactionTemplate transactions;

	public AccountService(AccountStore accounts, boolean allowUnlinkingAll, AuthEventPublisher events,
			TransactionTemplate transactions) {
		this.accounts = accounts;
		this.allowUnlinkingAll = allowUnlinkingAll;
		this.events = events;
		this.transactions = transactions;
	}

	/**
	 * The user's accounts.
	 * @param userId the user
	 * @return one summary per account, oldest first
	 */
	public List<AccountSummary> list(String userId) {
		return this.transactions
			.execute((status) -> this.accounts.findByUserId(userId).stream().map(AccountService::summary).toList());
	}

	/**
	 * Unlinks one of the user's accounts. As Better Auth, the last-account rule is
	 * checked first.
	 * @param userId the user
	 * @param accountId the account row id ({@code id} in {@code list-accounts})
	 * @throws BetterAuthException {@code FAILED_TO_UNLINK_LAST_ACCOUNT} or
	 * {@code ACCOUNT_NOT_FOUND}
	 */
	public void unlink(String userId, String accountId) {
		this.transactions.executeWithoutResult((status) -> {
			// Locked: two unlinks of a user's last two accounts take turns, so one is
			// refused.
			List<Account> owned = this.accounts.lockByUserId(userId);
			if (owned.size() <= 1 && !this.allowUnlinkingAll) {
				throw new BetterAuthException(Kind.INVALID_REQUEST, ErrorCodes.FAILED_TO_UNLINK_LAST_ACCOUNT,
						"You can't unlink your last account");
			}
			Account account = owned.stream()
				.filter((candidate) -> candidate.getId().equals(accountId))
				.findFirst()
				.orElseThrow(() -> new AccountNotFoundException("Account not found"));
			this.accounts.delete(account);
			this.events.publish(new AccountUnlinkedEvent(userId, account.getProviderId(), account.getAccountId()));
		});
	}

	private static AccountSummary summary(Account account) {
		return new AccountSummary(account.getId(), account.getProviderId(), account.getAccountId(),
				account.getUser().getId(), Scopes.split(account.getScope()), account.getCreatedAt(),
				account.getUpdatedAt());
	}

	/**
	 * An account as {@code list-accounts} shows it.
	 *
	 * @param id the account row id
	 * @param providerId the provider
	 * @param accountId the provider's subject
	 * @param userId the user
	 * @param scopes the granted scopes
	 * @param createdAt when it was linked
	 * @param updatedAt when its tokens last changed
	 */
	public record AccountSummary(String id, String providerId, String accountId, String userId, List<String> scopes,
			Instant createdAt, Instant updatedAt) {
	}

}
