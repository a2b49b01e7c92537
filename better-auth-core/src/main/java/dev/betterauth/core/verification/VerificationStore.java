package dev.betterauth.core.verification;

import java.time.Instant;
import java.util.Optional;

/**
 * Storage of {@link Verification} rows. Every method commits on its own: a flow's state
 * must be consumed (committed) before the provider is called, so no connection is held
 * during HTTP calls.
 */
public interface VerificationStore {

	void insert(Verification verification);

	Optional<Verification> findByIdentifier(String identifier);

	/**
	 * Deletes the row. Exactly one of any number of concurrent callers gets {@code true}.
	 * @param verification the row as found
	 * @return whether this call deleted it
	 */
	boolean consume(Verification verification);

	/**
	 * Deletes rows that expired before {@code now}.
	 * @param now the current time
	 * @return how many were deleted
	 */
	int deleteExpired(Instant now);

}
