package dev.betterauth.autoconfigure;

import java.util.Set;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

import org.springframework.beans.BeanUtils;
import org.springframework.util.ClassUtils;

/**
 * Leaves Better Auth's quoted table and column names as they are and hands every other
 * name to the application's strategy. Boot's default strategy would turn
 * {@code "emailVerified"} into {@code "email_verified"}, even when quoted, and break
 * compatibility with Better Auth's schema.
 */
final class BetterAuthPhysicalNamingStrategy implements PhysicalNamingStrategy {

	static final Set<String> NAMES = Set.of("user", "session", "account", "verification", "id", "name", "email",
			"emailVerified", "image", "createdAt", "updatedAt", "expiresAt", "token", "ipAddress", "userAgent",
			"userId", "accountId", "providerId", "accessToken", "refreshToken", "idToken", "accessTokenExpiresAt",
			"refreshTokenExpiresAt", "scope", "password", "identifier", "value");

	private final PhysicalNamingStrategy delegate;

	BetterAuthPhysicalNamingStrategy(PhysicalNamingStrategy delegate) {
		this.delegate = delegate;
	}

	static PhysicalNamingStrategy resolve(Object configured) {
		if (configured instanceof PhysicalNamingStrategy strategy) {
			return strategy;
		}
		if (configured instanceof Class<?> type) {
			return (PhysicalNamingStrategy) BeanUtils.instantiateClass(type);
		}
		if (configured instanceof String name && !name.isBlank()) {
			Class<?> type = ClassUtils.resolveClassName(name, BetterAuthPhysicalNamingStrategy.class.getClassLoader());
			return (PhysicalNamingStrategy) BeanUtils.instantiateClass(type);
		}
		return PhysicalNamingStrategyStandardImpl.INSTANCE;
	}

	private static boolean isOurs(Identifier name) {
		return name != null && name.isQuoted() && NAMES.contains(name.getText());
	}

	@Override
	public Identifier toPhysicalCatalogName(Identifier name, JdbcEnvironment environment) {
		return this.delegate.toPhysicalCatalogName(name, environment);
	}

	@Override
	public Identifier toPhysicalSchemaName(Identifier name, JdbcEnvironment environment) {
		return this.delegate.toPhysicalSchemaName(name, environment);
	}

	@Override
	public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
		return isOurs(name) ? name : this.delegate.toPhysicalTableName(name, environment);
	}

	@Override
	public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment environment) {
		return this.delegate.toPhysicalSequenceName(name, environment);
	}

	@Override
	public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment environment) {
		return isOurs(name) ? name : this.delegate.toPhysicalColumnName(name, environment);
	}

}
