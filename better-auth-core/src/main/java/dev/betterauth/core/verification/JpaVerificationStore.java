package dev.betterauth.core.verification;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link VerificationStore} on JPA. {@link #consume} is a single {@code DELETE} whose row count
 * decides, so two concurrent callbacks cannot both use one state.
 */
public class JpaVerificationStore implements VerificationStore {

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	public JpaVerificationStore(EntityManager entityManager, TransactionTemplate transactions) {
		this.entityManager = entityManager;
		this.transactions = transactions;
	}

	@Override
	public void insert(Verification verification) {
		this.transactions.executeWithoutResult((status) -> this.entityManager.persist(verification));
	}

	@Override
	public Optional<Verification> findByIdentifier(String identifier) {
		return this.transactions.execute((status) -> this.entityManager
			.createQuery("select v from BetterAuthVerification v where v.identifier = :identifier",
					Verification.class)
			.setParameter("identifier", identifier)
			.getResultStream()
			.findFirst());
	}

	@Override
	public boolean consume(String id) {
		Integer deleted = this.transactions.execute((status) -> this.entityManager
			.createQuery("delete from BetterAuthVerification v where v.id = :id")
			.setParameter("id", id)
			.executeUpdate());
		return deleted != null && deleted == 1;
	}

	@Override
	public int deleteExpired(Instant now) {
		Integer deleted = this.transactions.execute((status) -> this.entityManager
			.createQuery("delete from BetterAuthVerification v where v.expiresAt < :now")
			.setParameter("now", now)
			.executeUpdate());
		return (deleted != null) ? deleted : 0;
	}

}
