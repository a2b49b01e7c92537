package dev.betterauth.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * Better Auth rate-limits outside development. Here "development" is Spring Boot DevTools
 * on the classpath (as when running from the IDE or {@code spring-boot:run}; packaged
 * applications leave it out); {@code better-auth.rate-limit.enabled} decides when set.
 */
class OnRateLimitEnabledCondition extends SpringBootCondition {

	static final String PROPERTY = "better-auth.rate-limit.enabled";

	static final String DEVTOOLS = "org.springframework.boot.devtools.restart.Restarter";

	private final String developmentMarker;

	OnRateLimitEnabledCondition() {
		this(DEVTOOLS);
	}

	/**
	 * @param developmentMarker the class whose presence means development
	 */
	OnRateLimitEnabledCondition(String developmentMarker) {
		this.developmentMarker = developmentMarker;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String configured = context.getEnvironment().getProperty(PROPERTY);
		if (configured != null) {
			return Boolean.parseBoolean(configured.trim()) ? ConditionOutcome.match(PROPERTY + " is true")
					: ConditionOutcome.noMatch(PROPERTY + " is false");
		}
		return ClassUtils.isPresent(this.developmentMarker, context.getClassLoader())
				? ConditionOutcome.noMatch("DevTools is present: development, where Better Auth does not rate-limit")
				: ConditionOutcome.match("not development (no DevTools)");
	}

}
