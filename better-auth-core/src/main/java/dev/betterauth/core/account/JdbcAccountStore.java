package dev.betterauth.core.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import dev.betterauth.core.jdbc.QuotedSql;
import dev.betterauth.core.user.JdbcUserStore;
import dev.betterauth.core.user.User;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link AccountStore} in plain JDBC: each operation is one statement (two for
 * {@link #lockByUserId}), joining the caller's transaction. Accounts are read with their
 * user. An update writes only the columns the setters changed: a sign-in that brings no
 * refresh token must not put back a stale one over the one a concurrent refresh just
 * rotated.
 */
public class JdbcAccountStore implements AccountStore {

	private static final String ACCOUNT_COLUMNS = "a.`id`, a.`providerId`, a.`accountId`, a.`accessToken`, "
			+ "a.`refreshToken`, a.`idToken`, a.`accessTokenExpiresAt`, a.`refreshTokenExpiresAt`, a.`scope`, "
			+ "a.`createdAt`, a.`updatedAt`";

	/** Where the user's columns start after {@link #ACCOUNT_COLUMNS}. */
	private static final int USER_COLUMN = 12;

	private static final String WITH_USER = "select " + ACCOUNT_COLUMNS + ", " + JdbcUserStore.COLUMNS
			+ " from `account` a join `user` u on u.`id` = a.`userId` ";

	/**
	 * The users that own the identity's account or have the email, each with the
	 * identity's account joined when it is theirs: both lookups of a sign-in in one
	 * statement, each side by its own unique index.
	 */
	private static final String SIGN_IN_CANDIDATES = "select " + JdbcUserStore.COLUMNS + ", " + ACCOUNT_COLUMNS
			+ " from `user` u left join `account` a on a.`userId` = u.`id` and a.`providerId` = ? "
			+ "and a.`accountId` = ? where u.`email` = ? or u.`id` = (select o.`userId` from `account` o "
			+ "where o.`providerId` = ? and o.`accountId` = ?)";

	private final JdbcClient jdbc;

	/** Reads the user of {@link #lockByUserId}. */
	private final JdbcUserStore users;

	private final QuotedSql sql;

	public JdbcAccountStore(DataSource dataSource) {
		this.users = new JdbcUserStore(dataSource);
		JdbcTemplate template = new JdbcTemplate(dataSource);
		this.jdbc = JdbcClient.create(template);
		this.sql = new QuotedSql(template);
	}

	@Override
	public Optional<Account> findByProviderAccount(String providerId, String accountId) {
		return this.jdbc.sql(this.sql.sql(WITH_USER + "where a.`providerId` = ? and a.`accountId` = ?"))
			.params(providerId, accountId)
			.query((rs, row) -> read(rs, 1, JdbcUserStore.read(rs, USER_COLUMN)))
			.optional();
	}

	@Override
	public Optional<SignInCandidates> findSignInCandidates(String providerId, String accountId, String email) {
		List<SignInCandidates> rows = this.jdbc.sql(this.sql.sql(SIGN_IN_CANDIDATES))
			.params(providerId, accountId, email, providerId, accountId)
			.query((rs, row) -> {
				User user = JdbcUserStore.read(rs, 1);
				Account account = (rs.getString(8) != null) ? read(rs, 8, user) : null;
				return new SignInCandidates(account, email.equals(user.getEmail()) ? user : null);
			})
			.list();
		Account account = null;
		User userWithEmail = null;
		for (SignInCandidates row : rows) {
			account = (row.account() != null) ? row.account() : account;
			userWithEmail = (row.userWithEmail() != null) ? row.userWithEmail() : userWithEmail;
		}
		return Optional.of(new SignInCandidates(account, userWithEmail));
	}

	@Override
	public void insert(Account account) {
		this.jdbc
			.sql(this.sql.sql("insert into `account` (`id`, `accountId`, `providerId`, `userId`, `accessToken`, "
					+ "`refreshToken`, `idToken`, `accessTokenExpiresAt`, `refreshTokenExpiresAt`, `scope`, "
					+ "`createdAt`, `updatedAt`) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
			.params(account.getId(), account.getAccountId(), account.getProviderId(), account.getUser().getId(),
					QuotedSql.text(account.getAccessToken()), QuotedSql.text(account.getRefreshToken()),
					QuotedSql.text(account.getIdToken()), this.sql.utc(account.getAccessTokenExpiresAt()),
					this.sql.utc(account.getRefreshTokenExpiresAt()), QuotedSql.text(account.getScope()),
					this.sql.utc(account.getCreatedAt()), this.sql.utc(account.getUpdatedAt()))
			.update();
		account.changesWritten();
	}

	@Override
	public void update(Account account) {
		if (account.changes().isEmpty()) {
			return;
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (Account.Field field : account.changes()) {
			values.put(field.column(), switch (field) {
				case ACCESS_TOKEN -> QuotedSql.text(account.getAccessToken());
				case REFRESH_TOKEN -> QuotedSql.text(account.getRefreshToken());
				case ID_TOKEN -> QuotedSql.text(account.getIdToken());
				case ACCESS_TOKEN_EXPIRES_AT -> this.sql.utc(account.getAccessTokenExpiresAt());
				case REFRESH_TOKEN_EXPIRES_AT -> this.sql.utc(account.getRefreshTokenExpiresAt());
				case SCOPE -> QuotedSql.text(account.getScope());
				case UPDATED_AT -> this.sql.utc(account.getUpdatedAt());
			});
		}
		this.sql.updateColumns(this.jdbc, "account", account.getId(), values);
		account.changesWritten();
	}

	@Override
	public List<Account> findByUserId(String userId) {
		return this.jdbc.sql(this.sql.sql(WITH_USER + "where a.`userId` = ? order by a.`createdAt`, a.`id`"))
			.param(userId)
			.query((rs, row) -> read(rs, 1, JdbcUserStore.read(rs, USER_COLUMN)))
			.list();
	}

	@Override
	public Optional<Account> findById(String id) {
		return this.jdbc.sql(this.sql.sql(WITH_USER + "where a.`id` = ?"))
			.param(id)
			.query((rs, row) -> read(rs, 1, JdbcUserStore.read(rs, USER_COLUMN)))
			.optional();
	}

	/**
	 * Locks the account rows only, not the user's: a concurrent sign-in that updates the
	 * user waits for no unlink. The user is read first, by a plain select.
	 */
	@Override
	public List<Account> lockByUserId(String userId) {
		Optional<User> user = this.users.findById(userId);
		if (user.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(this.sql.sql("select " + ACCOUNT_COLUMNS + " from `account` a where a.`userId` = ? "
					+ "order by a.`createdAt`, a.`id` for update"))
			.param(userId)
			.query((rs, row) -> read(rs, 1, user.get()))
			.list();
	}

	@Override
	public void delete(Account account) {
		this.jdbc.sql(this.sql.sql("delete from `account` where `id` = ?")).param(account.getId()).update();
	}

	private static Account read(ResultSet rs, int first, User user) throws SQLException {
		return new Account(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2), user,
				rs.getString(first + 3), rs.getString(first + 4), rs.getString(first + 5),
				QuotedSql.instant(rs, first + 6), QuotedSql.instant(rs, first + 7), rs.getString(first + 8),
				QuotedSql.instant(rs, first + 9), QuotedSql.instant(rs, first + 10));
	}

}
