package dev.betterauth.core.verification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.betterauth.core.AuthJson;
import dev.betterauth.core.Timestamps;
import dev.betterauth.core.storage.OutageLog;
import dev.betterauth.core.storage.SecondaryStorage;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.dao.DataAccessException;

/**
 * Verification values in secondary storage, as Better Auth keeps them there: under
 * {@code verification:<identifier>} as {@code {"createdAt","updatedAt","identifier",
 * "value","expiresAt","id"}} (dates as ISO strings) living to their expiry, and consumed
 * with an atomic get-and-delete ({@code GETDEL}), so a flow's state is single-use across
 * the fleet. While storage is down, new values go to the database, and values not found
 * in storage are looked up there: each value lives in exactly one place, so it stays
 * single-use.
 */
public class SecondaryStorageVerificationStore implements VerificationStore {

	static final String PREFIX = "verification:";

	private final SecondaryStorage storage;

	private final VerificationStore database;

	private final OutageLog outages;

	private final Clock clock;

	public SecondaryStorageVerificationStore(SecondaryStorage storage, VerificationStore database, OutageLog outages,
			Clock clock) {
		this.storage = storage;
		this.database = database;
		this.outages = outages;
		this.clock = clock;
	}

	@Override
	public void insert(Verification verification) {
		long seconds = (verification.getExpiresAt().toEpochMilli() - this.clock.millis()) / 1000;
		if (seconds <= 0) {
			return;
		}
		try {
			this.storage.set(PREFIX + verification.getIdentifier(), write(verification), Duration.ofSeconds(seconds));
			this.outages.recovered();
		}
		catch (DataAccessException ex) {
			this.outages.failed("store a verification value", ex);
			this.database.insert(verification);
		}
	}

	@Override
	public Optional<Verification> findByIdentifier(String identifier) {
		try {
			String json = this.storage.get(PREFIX + identifier);
			this.outages.recovered();
			if (json != null) {
				Verification stored = read(json, identifier);
				if (stored != null) {
					return Optional.of(stored);
				}
			}
		}
		catch (DataAccessException ex) {
			this.outages.failed("read a verification value", ex);
		}
		return this.database.findByIdentifier(identifier);
	}

	@Override
	public boolean consume(Verification verification) {
		try {
			String json = this.storage.getAndDelete(PREFIX + verification.getIdentifier());
			this.outages.recovered();
			if (json != null) {
				Verification taken = read(json, verification.getIdentifier());
				return taken != null && taken.getId().equals(verification.getId());
			}
		}
		catch (DataAccessException ex) {
			this.outages.failed("consume a verification value", ex);
		}
		return this.database.consume(verification);
	}

	@Override
	public int deleteExpired(Instant now) {
		// Storage expires its own; only values written during an outage are in the
		// database.
		return this.database.deleteExpired(now);
	}

	private static String write(Verification verification) {
		ObjectNode node = AuthJson.mapper().createObjectNode();
		node.put("createdAt", Timestamps.format(verification.getCreatedAt()));
		node.put("updatedAt", Timestamps.format(verification.getUpdatedAt()));
		node.put("identifier", verification.getIdentifier());
		node.put("value", verification.getValue());
		node.put("expiresAt", Timestamps.format(verification.getExpiresAt()));
		node.put("id", verification.getId());
		return AuthJson.mapper().writeValueAsString(node);
	}

	private static @Nullable Verification read(String json, String identifier) {
		try {
			JsonNode node = AuthJson.mapper().readTree(json);
			String value = node.path("value").asString(null);
			String expiresAt = node.path("expiresAt").asString(null);
			if (value == null || expiresAt == null) {
				return null;
			}
			Instant expiry = Timestamps.parse(expiresAt);
			String createdAt = node.path("createdAt").asString(null);
			String updatedAt = node.path("updatedAt").asString(null);
			Instant created = (createdAt != null) ? Timestamps.parse(createdAt) : expiry;
			// Better Auth writes no id when verification values live in storage only.
			String id = node.path("id").asString(identifier);
			return new Verification(id, identifier, value, expiry, created,
					(updatedAt != null) ? Timestamps.parse(updatedAt) : created);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
