package dev.betterauth.autoconfigure;

import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import dev.betterauth.core.flow.SocialSignIn;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Better Auth's migration is a database initializer in Boot's sense: it runs after the
 * application's own Flyway, and JPA, {@code JdbcTemplate} and {@code JdbcClient} wait for
 * it.
 */
class BetterAuthSchemaOrderingTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				JdbcClientAutoConfiguration.class, BetterAuthJpaAutoConfiguration.class,
				BetterAuthSchemaAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				TransactionAutoConfiguration.class, BetterAuthAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:ordering-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
				"spring.jpa.hibernate.ddl-auto=validate", "better-auth.secret=ordering-secret-0123456789abcdef",
				"better-auth.base-url=https://app.example.com");

	@Test
	void jpaJdbcTemplateJdbcClientAndTheStoresWaitForTheMigration() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			String migration = migrationBean(context);
			assertThat(dependsOn(context, EntityManagerFactory.class)).contains(migration);
			assertThat(dependsOn(context, JdbcTemplate.class)).contains(migration);
			assertThat(dependsOn(context, JdbcClient.class)).contains(migration);
			assertThat(dependsOn(context, "betterAuthVerificationStore")).contains(migration);
			assertThat(dependsOn(context, "betterAuthSessionStore")).contains(migration);
			assertThat(dependsOn(context, "betterAuthUserStore")).contains(migration);
			assertThat(dependsOn(context, "betterAuthAccountStore")).contains(migration);
			assertThat(count(context, "select count(*) from \"better_auth_schema_history\"")).isPositive();
		});
	}

	@Test
	void runsAfterTheApplicationsOwnFlyway() {
		this.runner.withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
			.withPropertyValues("spring.flyway.locations=classpath:db/app-migration")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(dependsOn(context, migrationBean(context))).contains("flywayInitializer");
				// Both ran, each with its own history: the application's on the empty
				// schema.
				assertThat(count(context, "select count(*) from \"flyway_schema_history\" where \"version\" = '1'"))
					.isEqualTo(1);
				assertThat(count(context, "select count(*) from app_note")).isZero();
				assertThat(count(context, "select count(*) from \"user\"")).isZero();
				assertThat(dependsOn(context, EntityManagerFactory.class)).contains(migrationBean(context),
						"flywayInitializer");
			});
	}

	@Test
	void withoutFlywayOnTheClasspathThereIsNoMigration() {
		this.runner.withClassLoader(new FilteredClassLoader(Flyway.class))
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=create-drop")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(BetterAuthSchemaMigration.class)
				.hasSingleBean(SocialSignIn.class));
	}

	@Test
	void anApplicationsOwnMigrationBeanReplacesOurs() {
		this.runner.withBean("myMigration", BetterAuthSchemaMigration.class,
				() -> new BetterAuthSchemaMigration(null, "unused") {

					@Override
					public void afterPropertiesSet() {
					}

				})
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=create-drop")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBeanNamesForType(BetterAuthSchemaMigration.class)).containsExactly("myMigration");
				assertThat(dependsOn(context, EntityManagerFactory.class)).contains("myMigration");
			});
	}

	private static String migrationBean(AssertableApplicationContext context) {
		String[] names = context.getBeanNamesForType(BetterAuthSchemaMigration.class);
		assertThat(names).hasSize(1);
		return names[0];
	}

	private static List<String> dependsOn(AssertableApplicationContext context, Class<?> type) {
		String[] names = context.getBeanNamesForType(type);
		assertThat(names).hasSize(1);
		return dependsOn(context, names[0].startsWith("&") ? names[0].substring(1) : names[0]);
	}

	private static List<String> dependsOn(AssertableApplicationContext context, String bean) {
		String[] dependsOn = context.getBeanFactory().getBeanDefinition(bean).getDependsOn();
		return (dependsOn != null) ? Arrays.asList(dependsOn) : List.of();
	}

	private static int count(AssertableApplicationContext context, String sql) {
		Integer count = new JdbcTemplate(context.getBean(DataSource.class)).queryForObject(sql, Integer.class);
		return (count != null) ? count : -1;
	}

}
