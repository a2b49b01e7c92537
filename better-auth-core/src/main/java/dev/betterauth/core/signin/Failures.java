package dev.betterauth.core.signin;

import java.sql.SQLException;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Recognises a unique-constraint loss: the sign of a concurrent sign-in that committed first.
 */
final class Failures {

	private Failures() {
	}

	static boolean isUniqueViolation(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof DataIntegrityViolationException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
				return true;
			}
		}
		return false;
	}

}
