package dev.betterauth.core.event;

/**
 * Where {@link AuthEvent}s go; the starter forwards them to Spring's
 * {@code ApplicationEventPublisher}. Callers publish only after their transaction
 * committed.
 */
@FunctionalInterface
public interface AuthEventPublisher {

	/** Drops every event. */
	AuthEventPublisher NONE = (event) -> {
	};

	void publish(AuthEvent event);

}
