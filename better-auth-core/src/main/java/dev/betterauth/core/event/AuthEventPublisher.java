package dev.betterauth.core.event;

/**
 * Where {@link AuthEvent}s go; the starter forwards them to Spring's
 * {@code ApplicationEventPublisher}. Callers publish inside the transaction that makes
 * the change the event reports.
 */
@FunctionalInterface
public interface AuthEventPublisher {

	/** Drops every event. */
	AuthEventPublisher NONE = (event) -> {
	};

	void publish(AuthEvent event);

}
