package dev.betterauth.autoconfigure.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class, with the reason, when no Redis answers on 127.0.0.1:6379, unless
 * {@code betterauth.requireDatabases} is set (CI): then it runs and fails loudly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresRedis.Condition.class)
@interface RequiresRedis {

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			String reason = unavailableReason();
			if (reason == null) {
				return ConditionEvaluationResult.enabled("Redis is reachable");
			}
			if (Database.required()) {
				return ConditionEvaluationResult.enabled("required (betterauth.requireDatabases): " + reason);
			}
			System.err.println("[better-auth] " + reason);
			return ConditionEvaluationResult.disabled(reason);
		}

		private static String unavailableReason() {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", 6379), 1000);
				socket.setSoTimeout(1000);
				OutputStream out = socket.getOutputStream();
				out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
				InputStream in = socket.getInputStream();
				byte[] answer = new byte[7];
				int read = in.read(answer);
				if (read > 0 && new String(answer, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG")) {
					return null;
				}
				return "Redis at 127.0.0.1:6379 did not answer PING; its tests are skipped. Start it, or run .ci/run, "
						+ "to include them.";
			}
			catch (IOException ex) {
				return "Redis at 127.0.0.1:6379 is not reachable (" + ex.getMessage()
						+ "); its tests are skipped. Start it, or run .ci/run, to include them.";
			}
		}

	}

}
