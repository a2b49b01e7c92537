package dev.betterauth.core.session;

import java.util.Optional;

import jakarta.persistence.EntityManager;

/**
 * {@link SessionStore} on JPA.
 */
public class JpaSessionStore implements SessionStore {

	private final EntityManager entityManager;

	public JpaSessionStore(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Optional<Session> findByToken(String token) {
		return this.entityManager
			.createQuery("select s from BetterAuthSession s join fetch s.user where s.token = :token", Session.class)
			.setParameter("token", token)
			.getResultStream()
			.findFirst();
	}

	@Override
	public void insert(Session session) {
		this.entityManager.persist(session);
	}

	@Override
	public void delete(Session session) {
		this.entityManager.remove(session);
	}

	@Override
	public void deleteByToken(String token) {
		this.entityManager.createQuery("delete from BetterAuthSession s where s.token = :token")
			.setParameter("token", token)
			.executeUpdate();
	}

}
