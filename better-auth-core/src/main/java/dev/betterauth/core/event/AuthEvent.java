package dev.betterauth.core.event;

/**
 * A change Better Auth made, published as a Spring application event <b>inside</b> the
 * transaction that makes it. Choose how to listen:
 * <ul>
 * <li>{@code @TransactionalEventListener} (after commit, the default phase) or Spring
 * Modulith's {@code @ApplicationModuleListener}: runs only once the change is committed,
 * so it never acts on a sign-in that was rolled back; the right choice for e-mails,
 * messages and calls to other systems. A listener that throws there is logged and does
 * not undo the change.</li>
 * <li>{@code @EventListener}: runs at once, in the transaction; what it writes commits or
 * rolls back with the change, and an exception it throws rolls the change back. A sign-in
 * that loses a race is retried, so such a listener may see the events of an attempt that
 * was rolled back.</li>
 * </ul>
 * Events carry ids and public fields, never tokens.
 */
public sealed interface AuthEvent permits UserCreatedEvent, AccountLinkedEvent, AccountUnlinkedEvent,
		SessionCreatedEvent, SignedOutEvent, UserDeletingEvent, UserDeletedEvent {

	/** The user concerned. */
	String userId();

}
