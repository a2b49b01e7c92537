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

	/**
	 * The provider identity's account (with its user) and the user who has this email, in
	 * one query, where the store can: the sign-in's lookups as one statement.
	 * @param providerId the provider id
	 * @param accountId the provider's subject
	 * @param email the provider's email, lower-cased
	 * @return both, or empty when this store does not combine them (the caller then asks
	 * {@link #findByProviderAccount} and the user store)
	 */
	default Optional<SignInCandidates> findSignInCandidates(String providerId, String accountId, String email) {
		return Optional.empty();
	}

	void insert(Account account);

	/**
	 * Writes what the account's setters changed since it was read or last written, and
	 * only that; nothing when nothing changed. Joins the caller's transaction.
	 * @param account the account
	 * @throws org.springframework.dao.OptimisticLockingFailureException if the row was
	 * deleted since it was read
	 */
	void update(Account account);

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
