package dev.betterauth.core.account;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

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
 * A user's account at one provider: Better Auth's {@code account} table.
 * {@code accountId} is the provider's subject; {@code (providerId, accountId)} is unique.
 * Better Auth reads and writes it through an {@link AccountStore}
 * ({@link JdbcAccountStore}); a change made with the setters is written by
 * {@link AccountStore#update}, which writes only the changed columns, so a sign-in that
 * brings no refresh token never puts back a stale one over the one a concurrent refresh
 * just rotated. The JPA mapping is for applications that use JPA themselves.
 */
@Entity(name = "BetterAuthAccount")
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

	/** What the setters changed since the row was read or written. */
	@Transient
	private final Set<Field> changes = EnumSet.noneOf(Field.class);

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

	/**
	 * An account as stored, with nothing changed. The {@code password} column (Better
	 * Auth's email and password sign-in) is neither read nor written here.
	 */
	Account(String id, String providerId, String accountId, User user, @Nullable String accessToken,
			@Nullable String refreshToken, @Nullable String idToken, @Nullable Instant accessTokenExpiresAt,
			@Nullable Instant refreshTokenExpiresAt, @Nullable String scope, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.providerId = providerId;
		this.accountId = accountId;
		this.user = user;
		this.accessToken = accessToken;
		this.refreshToken = refreshToken;
		this.idToken = idToken;
		this.accessTokenExpiresAt = accessTokenExpiresAt;
		this.refreshTokenExpiresAt = refreshTokenExpiresAt;
		this.scope = scope;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
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
		this.changes.add(Field.ACCESS_TOKEN);
	}

	public void setRefreshToken(@Nullable String refreshToken) {
		this.refreshToken = refreshToken;
		this.changes.add(Field.REFRESH_TOKEN);
	}

	public void setIdToken(@Nullable String idToken) {
		this.idToken = idToken;
		this.changes.add(Field.ID_TOKEN);
	}

	public void setAccessTokenExpiresAt(@Nullable Instant accessTokenExpiresAt) {
		this.accessTokenExpiresAt = accessTokenExpiresAt;
		this.changes.add(Field.ACCESS_TOKEN_EXPIRES_AT);
	}

	public void setRefreshTokenExpiresAt(@Nullable Instant refreshTokenExpiresAt) {
		this.refreshTokenExpiresAt = refreshTokenExpiresAt;
		this.changes.add(Field.REFRESH_TOKEN_EXPIRES_AT);
	}

	public void setScope(@Nullable String scope) {
		this.scope = scope;
		this.changes.add(Field.SCOPE);
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
		this.changes.add(Field.UPDATED_AT);
	}

	/**
	 * The fields the setters changed since the account was read or last written: what a
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

		ACCESS_TOKEN("accessToken"), REFRESH_TOKEN("refreshToken"), ID_TOKEN("idToken"),
		ACCESS_TOKEN_EXPIRES_AT("accessTokenExpiresAt"), REFRESH_TOKEN_EXPIRES_AT("refreshTokenExpiresAt"),
		SCOPE("scope"), UPDATED_AT("updatedAt");

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
