package dev.betterauth.autoconfigure;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Applies Better Auth's Flyway migrations (H2, PostgreSQL, MariaDB/MySQL) with their own
 * history table. The migration is a database initializer in Boot's sense
 * ({@link BetterAuthSchemaMigrationDatabaseInitializerDetector}): it runs after the
 * application's own Flyway, and Better Auth's stores, JPA, {@code JdbcTemplate} and
 * {@code JdbcClient} beans wait for it.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
		beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass(Flyway.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnBooleanProperty(name = "better-auth.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "better-auth.schema.migrate", matchIfMissing = true)
@EnableConfigurationProperties(BetterAuthProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class BetterAuthSchemaAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	BetterAuthSchemaMigration betterAuthSchemaMigration(DataSource dataSource, BetterAuthProperties properties) {
		return new BetterAuthSchemaMigration(dataSource, properties.getSchema().getHistoryTable());
	}

	/**
	 * Tells Hibernate the schema is managed, as Boot's Flyway support does: on an
	 * embedded database Boot's default {@code ddl-auto} would otherwise be
	 * {@code create-drop}, replacing Better Auth's tables with Hibernate's guess of them
	 * (255-character columns).
	 */
	@Bean
	SchemaManagementProvider betterAuthSchemaManagementProvider(DataSource dataSource) {
		return (candidate) -> (candidate == dataSource) ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
	}

}
