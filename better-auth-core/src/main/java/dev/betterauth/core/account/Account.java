package dev.betterauth.core.account;

import java.time.Instant;

import dev.betterauth.core.user.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A user's account at one provider: Better Auth's {@code account} table.
 * {@code accountId} is the provider's subject; {@code (providerId, accountId)} is unique.
 */
@Entity(name = "BetterAuthAccount")
// Only changed columns are written: a sign-in that brings no refresh token must not put
// back a stale one over the one a concurrent refresh just rotated.
@DynamicUpdate
@Table(name = "`account`")
public class Account {

	@Id
	@Column(name = "`id`", nullable = false, length = 36)
	private String id;

	@Column(name = "`accountId`", nullable = false)
	private String accountId;

	@Column(name = "`providerId`", nullable = false)
	private String providerId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "`userId`", nullable = false)
	private User user;

	@Column(name = "`accessToken`", length = 65535)
	private @Nullable String accessToken;

	@Column(name = "`refreshToken`", length = 65535)
	private @Nullable String refreshToken;

	@Column(name = "`idToken`", length = 65535)
	private @Nullable String idToken;

	@Column(name = "`accessTokenExpiresAt`")
	private @Nullable Instant accessTokenExpiresAt;

	@Column(name = "`refreshTokenExpiresAt`")
	private @Nullable Instant refreshTokenExpiresAt;

	@Column(name = "`scope`", length = 65535)
	private @Nullable String scope;

	@Column(name = "`password`", length = 65535)
	private @Nullable String password;

	@Column(name = "`createdAt`", nullable = false)
	private Instant createdAt;

	@Column(name = "`updatedAt`", nullable = false)
	private Instant updatedAt;

	protected Account() {
	}

	public Account(String id, String providerId, String accountId, User user, Instant now) {
		this.id = id;
		this.providerId = providerId;
		this.accountId = accountId;
		this.user = user;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public String getId() {
		return this.id;
	}

	public String getAccountId() {
		return this.accountId;
	}

	public String getProviderId() {
		return this.providerId;
	}

	public User getUser() {
		return this.user;
	}

	public @Nullable String getAccessToken() {
		return this.accessToken;
	}

	public @Nullable String getRefreshToken() {
		return this.refreshToken;
	}

	public @Nullable String getIdToken() {
		return this.idToken;
	}

	public @Nullable Instant getAccessTokenExpiresAt() {
		return this.accessTokenExpiresAt;
	}

	public @Nullable Instant getRefreshTokenExpiresAt() {
		return this.refreshTokenExpiresAt;
	}

	public @Nullable String getScope() {
		return this.scope;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setAccessToken(@Nullable String accessToken) {
		this.accessToken = accessToken;
	}

	public void setRefreshToken(@Nullable String refreshToken) {
		this.refreshToken = refreshToken;
	}

	public void setIdToken(@Nullable String idToken) {
		this.idToken = idToken;
	}

	public void setAccessTokenExpiresAt(@Nullable Instant accessTokenExpiresAt) {
		this.accessTokenExpiresAt = accessTokenExpiresAt;
	}

	public void setRefreshTokenExpiresAt(@Nullable Instant refreshTokenExpiresAt) {
		this.refreshTokenExpiresAt = refreshTokenExpiresAt;
	}

	public void setScope(@Nullable String scope) {
		this.scope = scope;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

}
