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
	 * Finds and deletes the row in one step where the store can (one
	 * {@code DELETE ... RETURNING}), else by {@link #findByIdentifier} then
	 * {@link #consume}. Exactly one of any number of concurrent callers gets the row.
	 * @param identifier the row's identifier
	 * @return the row this call deleted, or empty
	 */
	default Optional<Verification> consumeByIdentifier(String identifier) {
		Optional<Verification> row = findByIdentifier(identifier);
		return (row.isPresent() && consume(row.get())) ? row : Optional.empty();
	}

	/**
	 * Deletes rows that expired before {@code now}.
	 * @param now the current time
	 * @return how many were deleted
	 */
	int deleteExpired(Instant now);

}
