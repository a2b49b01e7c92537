package dev.betterauth.core.user;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A person who signs in: Better Auth's {@code user} table. Identifiers are quoted so that
 * the camel-case column names Better Auth uses survive every database and naming
 * strategy.
 */
@Entity(name = "BetterAuthUser")
@Table(name = "`user`")
public class User {

	@Id
	@Column(name = "`id`", nullable = false, length = 36)
	private String id;

	@Column(name = "`name`", nullable = false)
	private String name;

	@Column(name = "`email`", nullable = false, unique = true)
	private String email;

	@Column(name = "`emailVerified`", nullable = false)
	private boolean emailVerified;

	@Column(name = "`image`")
	private @Nullable String image;

	@Column(name = "`createdAt`", nullable = false)
	private Instant createdAt;

	@Column(name = "`updatedAt`", nullable = false)
	private Instant updatedAt;

	protected User() {
	}

	public User(String id, String name, String email, boolean emailVerified, @Nullable String image, Instant now) {
		this.id = id;
		this.name = name;
		this.email = email;
		this.emailVerified = emailVerified;
		this.image = image;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public String getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public boolean isEmailVerified() {
		return this.emailVerified;
	}

	public @Nullable String getImage() {
		return this.image;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setName(String name) {
		this.name = name;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public void setEmailVerified(boolean emailVerified) {
		this.emailVerified = emailVerified;
	}

	public void setImage(@Nullable String image) {
		this.image = image;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

}
