package dev.betterauth.core.signin;

import java.sql.SQLException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Recognises a lost race: a unique-constraint violation (a concurrent sign-in committed
 * first), a deadlock or a serialization failure. Such a transaction is safe to run again.
 */
final class Failures {

	private Failures() {
	}

	static boolean isRetryable(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof DataIntegrityViolationException || t instanceof ConcurrencyFailureException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				// 23xxx integrity violation; 40001 serialization failure; 40P01 deadlock
				// (PostgreSQL).
				if (state.startsWith("23") || state.equals("40001") || state.equals("40P01")) {
					return true;
				}
			}
		}
		return false;
	}

}
