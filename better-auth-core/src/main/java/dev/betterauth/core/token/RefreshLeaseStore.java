package dev.betterauth.core.token;

import java.time.Instant;

/**
 * Leases that make a token refresh single-flight across application instances: whoever
 * holds an account's lease calls the provider; everyone else waits for the result. A
 * lease is taken and given back in one short statement each, so no database connection or
 * row lock is held while the provider answers; a holder that crashed loses its lease when
 * it expires.
 */
public interface RefreshLeaseStore {

	/**
	 * Takes the account's lease if nobody holds it, or if its holder's lease expired.
	 * Exactly one of any number of concurrent callers succeeds.
	 * @param accountId the account row id
	 * @param holder who takes it (unique per attempt)
	 * @param now the current time
	 * @param expiresAt when the lease lapses if it is never given back
	 * @return whether this caller holds the lease now
	 */
	boolean tryAcquire(String accountId, String holder, Instant now, Instant expiresAt);

	/**
	 * Gives the lease back, if this holder still has it.
	 * @param accountId the account row id
	 * @param holder who took it
	 */
	void release(String accountId, String holder);

}
