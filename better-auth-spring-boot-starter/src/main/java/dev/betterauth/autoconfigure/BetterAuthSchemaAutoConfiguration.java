package dev.betterauth.autoconfigure;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Applies Better Auth's Flyway migrations (H2, PostgreSQL, MariaDB/MySQL) with their own
 * history table, before JPA starts. When the application runs Boot's Flyway too, its
 * migrations go first: Flyway refuses to start on a schema that is non-empty and has no
 * history table, so ours (which baseline onto a non-empty schema) must come second.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass(Flyway.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnBooleanProperty(name = "better-auth.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "better-auth.schema.migrate", matchIfMissing = true)
@EnableConfigurationProperties(BetterAuthProperties.class)
public final class BetterAuthSchemaAutoConfiguration {

	static final String MIGRATION_BEAN = "betterAuthSchemaMigration";

	@Bean(name = MIGRATION_BEAN)
	BetterAuthSchemaMigration betterAuthSchemaMigration(DataSource dataSource, BetterAuthProperties properties) {
		return new BetterAuthSchemaMigration(dataSource, properties.getSchema().getHistoryTable());
	}

	@Bean
	static EntityManagerFactoryDependsOnPostProcessor betterAuthEntityManagerFactoryDependsOnMigration() {
		return new EntityManagerFactoryDependsOnPostProcessor(MIGRATION_BEAN);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer")
	static class ApplicationFlywayOrdering {

		@Bean
		static BeanFactoryPostProcessor betterAuthMigrationAfterApplicationFlyway() {
			return (beanFactory) -> {
				String[] initializers = beanFactory.getBeanNamesForType(FlywayMigrationInitializer.class, false, false);
				if (initializers.length > 0 && beanFactory.containsBeanDefinition(MIGRATION_BEAN)) {
					BeanDefinition migration = beanFactory.getBeanDefinition(MIGRATION_BEAN);
					migration.setDependsOn(StringUtils.concatenateStringArrays(migration.getDependsOn(), initializers));
				}
			};
		}

	}

}
