package dev.betterauth.autoconfigure;

import dev.betterauth.core.account.Account;
import dev.betterauth.core.session.Session;
import dev.betterauth.core.user.User;
import dev.betterauth.core.verification.Verification;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.AvailableSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * For applications that use JPA themselves: adds Better Auth's entities to the
 * application's persistence unit, so its own entities and queries can read and reference
 * Better Auth's tables, and keeps their quoted Better Auth column names
 * ({@code "emailVerified"}) out of the application's naming strategy. The entities are an
 * auto-configuration package, like Spring Modulith's, so the application's own entity
 * scanning is untouched. Better Auth's own stores are plain JDBC and need none of this.
 */
@AutoConfiguration(before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass({ EntityManagerFactory.class, HibernatePropertiesCustomizer.class })
@ConditionalOnBooleanProperty(name = "better-auth.enabled", matchIfMissing = true)
@AutoConfigurationPackage(basePackageClasses = { User.class, Account.class, Session.class, Verification.class })
public final class BetterAuthJpaAutoConfiguration {

	@Bean
	FlushBeforeUserDeletion betterAuthFlushBeforeUserDeletion(
			ObjectProvider<EntityManagerFactory> entityManagerFactory) {
		return new FlushBeforeUserDeletion(entityManagerFactory);
	}

	@Bean
	HibernatePropertiesCustomizer betterAuthNamingStrategyCustomizer() {
		return (properties) -> properties.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY,
				new BetterAuthPhysicalNamingStrategy(BetterAuthPhysicalNamingStrategy
					.resolve(properties.get(AvailableSettings.PHYSICAL_NAMING_STRATEGY))));
	}

}
