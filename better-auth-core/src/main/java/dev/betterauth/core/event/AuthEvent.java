package dev.betterauth.core.event;

/**
 * Published as a Spring application event after the change it reports has been committed.
 * Events carry ids and public fields, never tokens.
 */
public sealed interface AuthEvent
		permits UserCreatedEvent, AccountLinkedEvent, AccountUnlinkedEvent, SessionCreatedEvent, SignedOutEvent {

	/** The user concerned. */
	String userId();

}
