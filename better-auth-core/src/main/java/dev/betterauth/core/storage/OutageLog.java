package dev.betterauth.core.storage;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a secondary-storage outage once (WARN) until storage answers again, so a Redis
 * outage does not flood the log with one line per request.
 */
public final class OutageLog {

	private static final Logger logger = LoggerFactory.getLogger(OutageLog.class);

	private final AtomicBoolean down = new AtomicBoolean();

	/**
	 * Records a failure.
	 * @param what what was attempted, for the log line
	 * @param ex the failure
	 */
	public void failed(String what, RuntimeException ex) {
		if (this.down.compareAndSet(false, true)) {
			logger.warn("Secondary storage is unavailable ({}): falling back to the database where it can; {}", what,
					ex.getMessage());
		}
	}

	/** Records a success: the next failure is logged again. */
	public void recovered() {
		if (this.down.compareAndSet(true, false)) {
			logger.info("Secondary storage is available again");
		}
	}

	public boolean isDown() {
		return this.down.get();
	}

}
