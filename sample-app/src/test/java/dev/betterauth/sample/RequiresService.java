package dev.betterauth.sample;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class, saying why, when a server it needs does not listen on 127.0.0.1,
 * unless {@code betterauth.requireDatabases} is set (CI): then it runs and fails loudly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresService.Condition.class)
@interface RequiresService {

	/**
	 * @return the server's name, for the message
	 */
	String name();

	/**
	 * @return its port on 127.0.0.1
	 */
	int port();

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			RequiresService service = context.getTestClass()
				.map((type) -> type.getAnnotation(RequiresService.class))
				.orElse(null);
			if (service == null) {
				return ConditionEvaluationResult.enabled("no server required");
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", service.port()), 1000);
				return ConditionEvaluationResult.enabled(service.name() + " listens");
			}
			catch (IOException ex) {
				String reason = service.name() + " at 127.0.0.1:" + service.port() + " is not reachable; the sample's "
						+ service.name() + " test is skipped. Start it, or run .ci/run, to include it.";
				if (Boolean.getBoolean("betterauth.requireDatabases")) {
					return ConditionEvaluationResult.enabled("required (betterauth.requireDatabases): " + reason);
				}
				System.err.println("[better-auth] " + reason);
				return ConditionEvaluationResult.disabled(reason);
			}
		}

	}

}
