package dev.betterauth.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Boot's database initialization that {@link BetterAuthSchemaMigration} initializes
 * the database, so every bean that depends on database initialization (the
 * {@code EntityManagerFactory}, {@code JdbcTemplate}, {@code JdbcClient}, beans marked
 * {@code @DependsOnDatabaseInitialization}) waits for it. Ordered after the application's
 * own Flyway (whose detectors have orders 0 and 1): Flyway refuses a schema that is
 * non-empty and has no history table of its own, so Better Auth's tables must come
 * second. SQL script initialization ({@code spring.sql.init}) still runs after it.
 */
class BetterAuthSchemaMigrationDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	static final int ORDER = 2;

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(BetterAuthSchemaMigration.class);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
