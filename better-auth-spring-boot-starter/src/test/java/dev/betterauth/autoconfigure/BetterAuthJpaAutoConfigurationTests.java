package dev.betterauth.autoconfigure;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import dev.betterauth.core.account.Account;
import dev.betterauth.core.account.AccountStore;
import dev.betterauth.core.account.UserDeletion;
import dev.betterauth.core.flow.SocialSignIn;
import dev.betterauth.core.user.User;
import dev.betterauth.core.user.UserStore;
import dev.betterauth.core.verification.Verification;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that uses JPA itself: Better Auth's entities join its persistence unit
 * and validate against Better Auth's schema, and the plain-JDBC stores take part in its
 * JPA transactions.
 */
class BetterAuthJpaAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DataSourceAutoConfiguration.class, BetterAuthJpaAutoConfiguration.class,
						BetterAuthSchemaAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
						TransactionAutoConfiguration.class, BetterAuthAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:jpa-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
				"spring.jpa.hibernate.ddl-auto=validate", "better-auth.secret=jpa-runner-secret-0123456789abcdef",
				"better-auth.base-url=https://app.example.com");

	@Test
	void theEntitiesValidateAgainstTheSchema() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			EntityManagerFactory factory = context.getBean(EntityManagerFactory.class);
			assertThat(factory.getMetamodel().getEntities()).extracting("name")
				.contains("BetterAuthUser", "BetterAuthAccount", "BetterAuthSession", "BetterAuthVerification");
		});
	}

	@Test
	void theStoresJoinTheApplicationsJpaTransactions() {
		this.runner.run((context) -> {
			assertThat(context.getBean(PlatformTransactionManager.class)).isInstanceOf(JpaTransactionManager.class);
			UserStore users = context.getBean(UserStore.class);
			AccountStore accounts = context.getBean(AccountStore.class);
			EntityManagerFactory factory = context.getBean(EntityManagerFactory.class);
			Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
			TransactionTemplate transactions = new TransactionTemplate(
					context.getBean(PlatformTransactionManager.class));
			transactions.executeWithoutResult((status) -> {
				User user = new User("jpa-user", "Ada", "ada@example.com", true, null, now);
				users.insert(user);
				accounts.insert(new Account("jpa-account", "github", "42", user, now));
				// The JDBC writes are on the JPA transaction's connection: visible to a
				// query in it, and undone with it.
				EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(factory);
				assertThat(entityManager.find(User.class, "jpa-user").getEmail()).isEqualTo("ada@example.com");
				assertThat(entityManager.find(Account.class, "jpa-account").getUser().getId()).isEqualTo("jpa-user");
				status.setRollbackOnly();
			});
			assertThat(users.findById("jpa-user")).isEmpty();
		});
	}

	@Test
	void pendingJpaChangesAreWrittenBeforeBetterAuthDeletesAUser() {
		this.runner.run((context) -> {
			UserStore users = context.getBean(UserStore.class);
			EntityManagerFactory factory = context.getBean(EntityManagerFactory.class);
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
			users.insert(new User("leaving", "Ada", "ada@example.com", true, null, now));
			new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
				.executeWithoutResult((status) -> {
					// The application's own change, pending in its persistence context,
					// as a
					// listener's JPA delete of rows that reference the user would be.
					EntityManagerFactoryUtils.getTransactionalEntityManager(factory)
						.persist(new Verification("pending", "app-row", "v", now, now.plusSeconds(60)));
					context.getBean(UserDeletion.class).delete("leaving");
					assertThat(jdbc.queryForObject("select count(*) from \"verification\" where \"id\" = 'pending'",
							Integer.class))
						.as("flushed before Better Auth's JDBC deletes")
						.isOne();
					assertThat(users.findById("leaving")).isEmpty();
				});
		});
	}

	@Test
	void keepsBetterAuthColumnNamesUnderBootsDefaultNamingStrategy() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(BetterAuthPhysicalNamingStrategy.resolve(null))
				.isInstanceOf(PhysicalNamingStrategyStandardImpl.class);
			assertThat(BetterAuthPhysicalNamingStrategy
				.resolve("org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"))
				.isInstanceOf(CamelCaseToUnderscoresNamingStrategy.class);
		});
	}

	@Test
	void withoutJpaOnTheClasspathItBacksOffAndBetterAuthRunsOnJdbc() {
		this.runner.withClassLoader(new FilteredClassLoader("jakarta.persistence", "org.hibernate"))
			.withConfiguration(AutoConfigurations.of(DataSourceTransactionManagerAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean("betterAuthNamingStrategyCustomizer")
				.doesNotHaveBean("entityManagerFactory")
				.hasSingleBean(SocialSignIn.class)
				.hasSingleBean(UserStore.class));
	}

}
