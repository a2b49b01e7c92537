package dev.betterauth.core.user;

import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;

/**
 * {@link UserStore} on JPA.
 */
@Repository
public class JpaUserStore implements UserStore {

	private final EntityManager entityManager;

	public JpaUserStore(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Optional<User> findById(String id) {
		return Optional.ofNullable(this.entityManager.find(User.class, id));
	}

	@Override
	public Optional<User> findByEmail(String email) {
		return this.entityManager.createQuery("select u from BetterAuthUser u where u.email = :email", User.class)
			.setParameter("email", email.toLowerCase(Locale.ROOT))
			.getResultStream()
			.findFirst();
	}

	@Override
	public void insert(User user) {
		this.entityManager.persist(user);
		// Written at once: a unique-email race fails here, and sign-up hooks can
		// reference the row.
		this.entityManager.flush();
	}

	@Override
	public void delete(User user) {
		this.entityManager.remove(this.entityManager.contains(user) ? user : this.entityManager.merge(user));
	}

}
