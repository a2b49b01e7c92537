package dev.betterauth.core.session;

import java.time.Instant;

import dev.betterauth.core.user.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in browser: Better Auth's {@code session} table. The token is what the signed
 * cookie carries.
 */
@Entity(name = "BetterAuthSession")
@Table(name = "`session`")
public class Session {

	@Id
	@Column(name = "`id`", nullable = false, length = 36)
	private String id;

	@Column(name = "`expiresAt`", nullable = false)
	private Instant expiresAt;

	@Column(name = "`token`", nullable = false, unique = true)
	private String token;

	@Transient
	private @Nullable String issuedToken;

	@Column(name = "`createdAt`", nullable = false)
	private Instant createdAt;

	@Column(name = "`updatedAt`", nullable = false)
	private Instant updatedAt;

	@Column(name = "`ipAddress`", length = 65535)
	private @Nullable String ipAddress;

	@Column(name = "`userAgent`", length = 65535)
	private @Nullable String userAgent;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "`userId`", nullable = false)
	private User user;

	protected Session() {
	}

	public Session(String id, String token, User user, Instant now, Instant expiresAt, @Nullable String ipAddress,
			String userAgent) {
		this.id = id;
		this.token = token;
		this.user = user;
		this.createdAt = now;
		this.updatedAt = now;
		this.expiresAt = expiresAt;
		this.ipAddress = ipAddress;
		this.userAgent = userAgent;
	}

	public String getId() {
		return this.id;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	/** What the {@code token} column holds: the token, or its hash with hashed tokens. */
	public String getToken() {
		return this.token;
	}

	/**
	 * The token handed to the client when this session was created (for its cookie);
	 * {@code null} on a session read back from the database.
	 */
	public @Nullable String getIssuedToken() {
		return this.issuedToken;
	}

	void setIssuedToken(String issuedToken) {
		this.issuedToken = issuedToken;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public @Nullable String getIpAddress() {
		return this.ipAddress;
	}

	public @Nullable String getUserAgent() {
		return this.userAgent;
	}

	public User getUser() {
		return this.user;
	}

}
