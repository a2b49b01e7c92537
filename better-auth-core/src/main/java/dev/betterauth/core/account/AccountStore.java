package dev.betterauth.core.account;

import java.util.List;
import java.util.Optional;

/**
 * Storage of provider {@link Account accounts}.
 */
public interface AccountStore {

	/**
	 * Finds the account a provider knows by this subject, with its user loaded.
	 * @param providerId the provider id
	 * @param accountId the provider's subject
	 * @return the account, if any
	 */
	Optional<Account> findByProviderAccount(String providerId, String accountId);

	void insert(Account account);

	/**
	 * The user's accounts, oldest first.
	 * @param userId the user
	 * @return the accounts
	 */
	List<Account> findByUserId(String userId);

	void delete(Account account);

	/**
	 * Reads one account.
	 * @param id the account row id
	 * @return the account, if any
	 */
	Optional<Account> findById(String id);

	/**
	 * The user's accounts, their rows locked until the caller's transaction ends
	 * ({@code SELECT ... FOR UPDATE}): concurrent changes to one user's set of accounts
	 * (unlinking two at once) take turns.
	 * @param userId the user
	 * @return the accounts, oldest first
	 */
	List<Account> lockByUserId(String userId);

}
