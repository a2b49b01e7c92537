package dev.betterauth.autoconfigure.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class, with the reason, when its database server is not reachable, unless
 * {@code betterauth.requireDatabases} is set: then it runs and fails loudly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresDatabase.Condition.class)
@interface RequiresDatabase {

	Database value();

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			RequiresDatabase annotation = context.getTestClass()
				.map((type) -> type.getAnnotation(RequiresDatabase.class))
				.orElse(null);
			if (annotation == null) {
				return ConditionEvaluationResult.enabled("no database required");
			}
			String reason = annotation.value().unavailableReason();
			if (reason == null) {
				return ConditionEvaluationResult.enabled(annotation.value() + " is reachable");
			}
			if (Database.required()) {
				return ConditionEvaluationResult.enabled("required (betterauth.requireDatabases): " + reason);
			}
			System.err.println("[better-auth] " + reason);
			return ConditionEvaluationResult.disabled(reason);
		}

	}

}
