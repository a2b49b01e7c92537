package dev.betterauth.core.user;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.jspecify.annotations.Nullable;

/**
 * A person who signs in: Better Auth's {@code user} table. Better Auth reads and writes
 * it through a {@link UserStore} ({@link JdbcUserStore}); a change made with the setters
 * is written by {@link UserStore#update}, which writes only the changed columns. The JPA
 * mapping is for applications that use JPA themselves and want to read or reference the
 * table from their own entities and queries. Identifiers are quoted so that the
 * camel-case column names Better Auth uses survive every database and naming strategy.
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

	/** What the setters changed since the row was read or written. */
	@Transient
	private final Set<Field> changes = EnumSet.noneOf(Field.class);

	protected User() {
	}

	/**
	 * A user as stored, with nothing changed.
	 */
	User(String id, String name, String email, boolean emailVerified, @Nullable String image, Instant createdAt,
			Instant updatedAt) {
		this.id = id;
		this.name = name;
		this.email = email;
		this.emailVerified = emailVerified;
		this.image = image;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
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
		this.changes.add(Field.NAME);
	}

	public void setEmail(String email) {
		this.email = email;
		this.changes.add(Field.EMAIL);
	}

	public void setEmailVerified(boolean emailVerified) {
		this.emailVerified = emailVerified;
		this.changes.add(Field.EMAIL_VERIFIED);
	}

	public void setImage(@Nullable String image) {
		this.image = image;
		this.changes.add(Field.IMAGE);
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
		this.changes.add(Field.UPDATED_AT);
	}

	/**
	 * The fields the setters changed since the user was read or last written: what a
	 * store's {@code update} writes, and only that.
	 * @return the changed fields, a read-only view
	 */
	public Set<Field> changes() {
		return Collections.unmodifiableSet(this.changes);
	}

	/**
	 * Marks the changes written; for stores, after an insert or update.
	 */
	public void changesWritten() {
		this.changes.clear();
	}

	/** The fields a setter can change, each one column. */
	public enum Field {

		NAME("name"), EMAIL("email"), EMAIL_VERIFIED("emailVerified"), IMAGE("image"), UPDATED_AT("updatedAt");

		private final String column;

		Field(String column) {
			this.column = column;
		}

		/** The column, as Better Auth names it. */
		public String column() {
			return this.column;
		}

	}

}
