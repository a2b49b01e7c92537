package dev.betterauth.autoconfigure;

import dev.betterauth.core.event.UserDeletingEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.Ordered;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;

/**
 * Writes the application's pending JPA changes after every other listener of a
 * {@link UserDeletingEvent} has run: a listener that removes the application's own rows
 * that reference the user with JPA leaves those deletes pending until the next flush, and
 * Better Auth's plain-JDBC deletes of the user's sessions, accounts and row come next, so
 * without this a foreign key without {@code on delete cascade} would refuse them.
 */
final class FlushBeforeUserDeletion
		implements ApplicationListener<PayloadApplicationEvent<UserDeletingEvent>>, Ordered {

	private final ObjectProvider<EntityManagerFactory> entityManagerFactory;

	FlushBeforeUserDeletion(ObjectProvider<EntityManagerFactory> entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void onApplicationEvent(PayloadApplicationEvent<UserDeletingEvent> event) {
		EntityManagerFactory factory = this.entityManagerFactory.getIfUnique();
		EntityManager entityManager = (factory != null)
				? EntityManagerFactoryUtils.getTransactionalEntityManager(factory) : null;
		if (entityManager != null) {
			entityManager.flush();
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
