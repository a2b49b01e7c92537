package dev.betterauth.core.verification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A short-lived, single-use value: Better Auth's {@code verification} table. OAuth flows
 * keep their state here.
 */
@Entity(name = "BetterAuthVerification")
@Table(name = "`verification`")
public class Verification {

	@Id
	@Column(name = "`id`", nullable = false, length = 36)
	private String id;

	@Column(name = "`identifier`", nullable = false)
	private String identifier;

	@Column(name = "`value`", nullable = false, length = 65535)
	private String value;

	@Column(name = "`expiresAt`", nullable = false)
	private Instant expiresAt;

	@Column(name = "`createdAt`", nullable = false)
	private Instant createdAt;

	@Column(name = "`updatedAt`", nullable = false)
	private Instant updatedAt;

	protected Verification() {
	}

	public Verification(String id, String identifier, String value, Instant now, Instant expiresAt) {
		this.id = id;
		this.identifier = identifier;
		this.value = value;
		this.createdAt = now;
		this.updatedAt = now;
		this.expiresAt = expiresAt;
	}

	Verification(String id, String identifier, String value, Instant expiresAt, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.identifier = identifier;
		this.value = value;
		this.expiresAt = expiresAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	public String getId() {
		return this.id;
	}

	public String getIdentifier() {
		return this.identifier;
	}

	public String getValue() {
		return this.value;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
