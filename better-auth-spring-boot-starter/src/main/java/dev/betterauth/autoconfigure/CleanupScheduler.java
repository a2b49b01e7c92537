package dev.betterauth.autoconfigure;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.betterauth.core.cleanup.ExpiredRowsCleanup;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Runs {@link ExpiredRowsCleanup} every {@code better-auth.cleanup.interval} on a daemon
 * thread of its own, so the application needs no {@code @EnableScheduling}; the first run
 * comes one interval after start-up.
 */
final class CleanupScheduler implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(CleanupScheduler.class);

	private final ExpiredRowsCleanup cleanup;

	private final Duration interval;

	private @Nullable ScheduledExecutorService executor;

	CleanupScheduler(ExpiredRowsCleanup cleanup, Duration interval) {
		this.cleanup = cleanup;
		this.interval = interval;
	}

	@Override
	public synchronized void start() {
		CustomizableThreadFactory threads = new CustomizableThreadFactory("better-auth-cleanup-");
		threads.setDaemon(true);
		this.executor = Executors.newSingleThreadScheduledExecutor(threads);
		long millis = this.interval.toMillis();
		this.executor.scheduleWithFixedDelay(this::runOnce, millis, millis, TimeUnit.MILLISECONDS);
	}

	private void runOnce() {
		try {
			this.cleanup.run();
		}
		catch (RuntimeException ex) {
			// Tried again next time; the database may be briefly away.
			logger.warn("Deleting expired sessions and verification rows failed: {}", ex.toString());
		}
	}

	@Override
	public synchronized void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			this.executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

}
