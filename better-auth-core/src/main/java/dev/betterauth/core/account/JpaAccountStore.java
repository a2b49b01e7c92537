package dev.betterauth.core.account;

import java.util.List;
import java.util.Optional;

import dev.betterauth.core.user.User;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Repository;

/**
 * {@link AccountStore} on JPA.
 */
@Repository
public class JpaAccountStore implements AccountStore {

	private final EntityManager entityManager;

	public JpaAccountStore(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Optional<Account> findByProviderAccount(String providerId, String accountId) {
		return this.entityManager
			.createQuery("select a from BetterAuthAccount a join fetch a.user "
					+ "where a.providerId = :providerId and a.accountId = :accountId", Account.class)
			.setParameter("providerId", providerId)
			.setParameter("accountId", accountId)
			.getResultStream()
			.findFirst();
	}

	/**
	 * One select of the users that are the identity's account owner or have the email,
	 * each with the identity's account joined when it is theirs: both lookups of a
	 * sign-in in one statement, each side by its own unique index.
	 */
	@Override
	public Optional<SignInCandidates> findSignInCandidates(String providerId, String accountId, String email) {
		List<Object[]> rows = this.entityManager
			.createQuery("select u, a from BetterAuthUser u left join BetterAuthAccount a on a.user = u "
					+ "and a.providerId = :providerId and a.accountId = :accountId "
					+ "where u.email = :email or u.id = (select owned.user.id from BetterAuthAccount owned "
					+ "where owned.providerId = :providerId and owned.accountId = :accountId)", Object[].class)
			.setParameter("providerId", providerId)
			.setParameter("accountId", accountId)
			.setParameter("email", email)
			.getResultList();
		Account account = null;
		User userWithEmail = null;
		for (Object[] row : rows) {
			User user = (User) row[0];
			if (row[1] instanceof Account owned) {
				account = owned;
			}
			if (email.equals(user.getEmail())) {
				userWithEmail = user;
			}
		}
		return Optional.of(new SignInCandidates(account, userWithEmail));
	}

	@Override
	public void insert(Account account) {
		this.entityManager.persist(account);
		// Written at once: a unique-account race fails here, and sign-up hooks can
		// reference the row.
		this.entityManager.flush();
	}

	@Override
	public List<Account> findByUserId(String userId) {
		return this.entityManager
			.createQuery("select a from BetterAuthAccount a where a.user.id = :userId order by a.createdAt, a.id",
					Account.class)
			.setParameter("userId", userId)
			.getResultList();
	}

	@Override
	public Optional<Account> findById(String id) {
		return Optional.ofNullable(this.entityManager.find(Account.class, id));
	}

	@Override
	public List<Account> lockByUserId(String userId) {
		return this.entityManager
			.createQuery("select a from BetterAuthAccount a where a.user.id = :userId order by a.createdAt, a.id",
					Account.class)
			.setParameter("userId", userId)
			.setLockMode(LockModeType.PESSIMISTIC_WRITE)
			.getResultList();
	}

	@Override
	public void delete(Account account) {
		this.entityManager.remove(account);
	}

}
