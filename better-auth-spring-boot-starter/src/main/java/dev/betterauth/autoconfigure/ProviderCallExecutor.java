package dev.betterauth.autoconfigure;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The executor of the JDK HTTP client that calls providers. Without one, the client and
 * Spring's request factory start new threads for every call (a
 * {@code SimpleAsyncTaskExecutor}, and {@code CompletableFuture}'s thread-per-task
 * fallback on small machines); these threads are reused instead. They are daemon threads
 * that end after a minute idle, so nothing needs shutting down.
 */
final class ProviderCallExecutor {

	private ProviderCallExecutor() {
	}

	static ExecutorService create() {
		CustomizableThreadFactory threads = new CustomizableThreadFactory("better-auth-http-");
		threads.setDaemon(true);
		return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
	}

}
