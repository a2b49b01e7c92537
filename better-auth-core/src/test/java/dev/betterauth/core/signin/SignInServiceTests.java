package dev.betterauth.core.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.betterauth.core.OAuthFlowException;
import dev.betterauth.core.account.Account;
import dev.betterauth.core.account.AccountStore;
import dev.betterauth.core.account.TokenCodec;
import dev.betterauth.core.event.AuthEvent;
import dev.betterauth.core.event.SessionCreatedEvent;
import dev.betterauth.core.event.UserCreatedEvent;
import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRules;
import dev.betterauth.core.provider.TokenSet;
import dev.betterauth.core.session.ClientInfo;
import dev.betterauth.core.session.Session;
import dev.betterauth.core.session.SessionRecord;
import dev.betterauth.core.session.SessionService;
import dev.betterauth.core.session.SessionSettings;
import dev.betterauth.core.session.SessionStore;
import dev.betterauth.core.user.User;
import dev.betterauth.core.user.UserStore;
import org.junit.jupiter.api.Test;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The linking rules on in-memory stores.
 */
class SignInServiceTests {

	private final Users users = new Users();

	private final Accounts accounts = new Accounts();

	private final Sessions sessions = new Sessions();

	private final TransactionTemplate transactions = new TransactionTemplate(new NoTransactions());

	private final List<AuthEvent> events = new ArrayList<>();

	private final List<NewUser> signUps = new ArrayList<>();

	private final SignInService service = new SignInService(this.users, this.accounts,
			new SessionService(this.sessions, SessionSettings.defaults(), this.transactions, this.events::add,
					Clock.systemUTC()),
			this.sessions, LinkingSettings.defaults(), List.of(), List.of(this.signUps::add), this.events::add,
			TokenCodec.PLAIN, this.transactions, Clock.systemUTC());

	@Test
	void createsUserAccountAndSessionForANewIdentity() {
		SignInResult result = this.service.signIn(attempt("sub-1", "Jane@Example.com", "at-1", "rt-1"));
		assertThat(result.newUser()).isTrue();
		assertThat(result.user().getEmail()).as("emails are stored lower-cased").isEqualTo("jane@example.com");
		assertThat(this.accounts.rows).singleElement().satisfies((account) -> {
			assertThat(account.getAccountId()).isEqualTo("sub-1");
			assertThat(account.getAccessToken()).isEqualTo("at-1");
			assertThat(account.getRefreshToken()).isEqualTo("rt-1");
			assertThat(account.getScope()).isEqualTo("email,profile");
		});
		assertThat(this.sessions.rows).singleElement()
			.satisfies((session) -> assertThat(session.getToken()).hasSize(32));
	}

	@Test
	void returningAccountKeepsItsRefreshTokenWhenTheProviderSendsNone() {
		SignInResult first = this.service.signIn(attempt("sub-1", "jane@example.com", "at-1", "rt-1"));
		SignInResult second = this.service.signIn(attempt("sub-1", "changed@example.com", "at-2", null));
		assertThat(second.newUser()).isFalse();
		assertThat(second.user()).isSameAs(first.user());
		assertThat(this.accounts.rows.get(0).getAccessToken()).isEqualTo("at-2");
		assertThat(this.accounts.rows.get(0).getRefreshToken()).isEqualTo("rt-1");
		assertThat(this.sessions.rows).hasSize(2);
	}

	@Test
	void overrideUserInfoOnSignInTakesTheEmailOnlyWhenVouchedAndFree() {
		SignInResult first = this.service.signIn(attempt("sub-1", "jane@example.com", "at", null));
		this.users.rows.add(new User("u-x", "Taken", "taken@example.com", true, null, Instant.now()));
		ProviderRules override = new ProviderRules(false, false, true);
		this.service.signIn(withInfo(override,
				new OAuthUserInfo("sub-1", "taken@example.com", true, "Jane D.", "https://img.example/1", Map.of())));
		assertThat(first.user().getName()).isEqualTo("Jane D.");
		assertThat(first.user().getImage()).isEqualTo("https://img.example/1");
		assertThat(first.user().getEmail()).as("another user has it").isEqualTo("jane@example.com");
		this.service
			.signIn(withInfo(override, new OAuthUserInfo("sub-1", "new@example.com", false, null, null, Map.of())));
		assertThat(first.user().getEmail()).as("not vouched for").isEqualTo("jane@example.com");
		this.service
			.signIn(withInfo(override, new OAuthUserInfo("sub-1", "New@Example.com", true, null, null, Map.of())));
		assertThat(first.user().getEmail()).isEqualTo("new@example.com");
	}

	@Test
	void withoutOverrideSignInKeepsTheProfileButVerifiesAVouchedEqualEmail() {
		SignInResult first = this.service.signIn(withInfo(ProviderRules.DEFAULT,
				new OAuthUserInfo("sub-1", "jane@example.com", false, "Jane", null, Map.of())));
		assertThat(first.user().isEmailVerified()).isFalse();
		this.service.signIn(withInfo(ProviderRules.DEFAULT,
				new OAuthUserInfo("sub-1", "JANE@example.com", true, "Other Name", "https://img.example/2", Map.of())));
		assertThat(first.user().isEmailVerified()).isTrue();
		assertThat(first.user().getName()).isEqualTo("Jane");
		assertThat(first.user().getImage()).isNull();
	}

	@Test
	void updateUserInfoOnLinkCopiesNameAndImageButNeverTheEmail() {
		SignInService linking = new SignInService(this.users, this.accounts,
				new SessionService(this.sessions, SessionSettings.defaults(), this.transactions, this.events::add,
						Clock.systemUTC()),
				this.sessions, new LinkingSettings(true, Set.of(), true, false, true, false, false), List.of(),
				List.of(), this.events::add, TokenCodec.PLAIN, this.transactions, Clock.systemUTC());
		User jane = new User("u-1", "Jane", "jane@example.com", true, null, Instant.now());
		this.users.rows.add(jane);
		SignInResult result = linking.signIn(withInfo(ProviderRules.DEFAULT, new OAuthUserInfo("gh-1",
				"JANE@example.com", true, "Jane from GitHub", "https://img.example/3", Map.of())));
		assertThat(result.user()).isSameAs(jane);
		assertThat(jane.getName()).isEqualTo("Jane from GitHub");
		assertThat(jane.getImage()).isEqualTo("https://img.example/3");
		assertThat(jane.getEmail()).isEqualTo("jane@example.com");
		assertThat(this.accounts.rows).singleElement().satisfies((a) -> assertThat(a.getAccountId()).isEqualTo("gh-1"));
	}

	@Test
	void eventsArePublishedAndSignUpHooksCalledForANewUser() {
		SignInResult result = this.service.signIn(attempt("sub-1", "jane@example.com", "at-1", null));
		assertThat(this.events).hasSize(2);
		assertThat(this.events.get(0))
			.isEqualTo(new UserCreatedEvent(result.user().getId(), "jane@example.com", "mock"));
		assertThat(this.events.get(1)).isInstanceOf(SessionCreatedEvent.class);
		assertThat(this.signUps).singleElement().satisfies((signUp) -> {
			assertThat(signUp.user()).isSameAs(result.user());
			assertThat(signUp.providerId()).isEqualTo("mock");
			assertThat(signUp.profile().id()).isEqualTo("sub-1");
		});
		this.service.signIn(attempt("sub-1", "jane@example.com", "at-2", null));
		assertThat(this.signUps).as("a returning user is no sign-up").hasSize(1);
	}

	@Test
	void existingEmailWithoutTheAccountIsNotLinked() {
		this.users.rows.add(new User("u-0", "Jane", "jane@example.com", false, null, Instant.now()));
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.service.signIn(attempt("sub-2", "JANE@example.com", "at-2", null)))
			.satisfies((error) -> assertThat(error.code()).isEqualTo("account_not_linked"));
		assertThat(this.users.rows).hasSize(1);
		assertThat(this.accounts.rows).isEmpty();
	}

	@Test
	void aPlaceholderAddressCreatesAnUnverifiedUserAndNeverLinksByItself() {
		OAuthUserInfo noEmail = new OAuthUserInfo("7 7", null, false, "Jane", null, Map.of())
			.withPlaceholderEmail("tiktok");
		SignInResult first = this.service.signIn(withInfo(ProviderRules.DEFAULT, noEmail));
		assertThat(first.user().getEmail()).matches("7-7-[0-9a-f]{8}@tiktok\\.invalid");
		assertThat(first.user().isEmailVerified()).isFalse();
		this.accounts.rows.clear();
		assertThatExceptionOfType(OAuthFlowException.class)
			.as("the user of an unlinked account is not found again through its placeholder")
			.isThrownBy(() -> this.service.signIn(withInfo(ProviderRules.DEFAULT, noEmail)))
			.satisfies((error) -> assertThat(error.code()).isEqualTo("account_not_linked"));
		assertThat(this.users.rows).hasSize(1);
	}

	@Test
	void aLostRaceIsRetriedAndFindsTheWinnersAccount() {
		this.users.failNextInserts = 1;
		this.users.onFailure = () -> this.service.signIn(attempt("sub-1", "jane@example.com", "winner", null));
		SignInResult result = this.service.signIn(attempt("sub-1", "jane@example.com", "loser", null));
		assertThat(result.newUser()).isFalse();
		assertThat(this.users.rows).hasSize(1);
		assertThat(this.accounts.rows).hasSize(1);
	}

	@Test
	void racesLostEveryTimeAreUnableToCreateUser() {
		this.users.failNextInserts = 3;
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.service.signIn(attempt("sub-1", "jane@example.com", "at", null)))
			.satisfies((error) -> assertThat(error.code()).isEqualTo("unable_to_create_user"));
	}

	@Test
	void otherDatabaseFailuresAreInternalServerErrors() {
		this.users.failure = new DataAccessResourceFailureException("connection refused");
		assertThatExceptionOfType(OAuthFlowException.class)
			.isThrownBy(() -> this.service.signIn(attempt("sub-1", "jane@example.com", "at", null)))
			.satisfies((error) -> assertThat(error.code()).isEqualTo("internal_server_error"));
	}

	@Test
	void aDeadlockIsRetriedLikeALostRace() {
		this.users.failNextInserts = 1;
		this.users.raceFailure = new CannotAcquireLockException("deadlock");
		SignInResult result = this.service.signIn(attempt("sub-1", "jane@example.com", "at", null));
		assertThat(result.newUser()).isTrue();
		assertThat(this.users.rows).hasSize(1);
	}

	private static SignInAttempt withInfo(ProviderRules rules, OAuthUserInfo info) {
		return new SignInAttempt("mock", rules, info, new TokenSet("at", null, null, null, null, List.of()), List.of(),
				false, ClientInfo.UNKNOWN);
	}

	private static SignInAttempt attempt(String subject, String email, String accessToken, String refreshToken) {
		return new SignInAttempt("mock", ProviderRules.DEFAULT,
				new OAuthUserInfo(subject, email, true, "Jane", null, Map.of("sub", subject)),
				new TokenSet(accessToken, refreshToken, null, null, null, List.of()), List.of("email", "profile"),
				false, ClientInfo.UNKNOWN);
	}

	static final class Users implements UserStore {

		final List<User> rows = new ArrayList<>();

		int failNextInserts;

		Runnable onFailure;

		RuntimeException failure;

		RuntimeException raceFailure = new DataIntegrityViolationException("duplicate key");

		@Override
		public Optional<User> findById(String id) {
			return this.rows.stream().filter((u) -> u.getId().equals(id)).findFirst();
		}

		@Override
		public Optional<User> findByEmail(String email) {
			return this.rows.stream().filter((u) -> u.getEmail().equalsIgnoreCase(email)).findFirst();
		}

		@Override
		public void insert(User user) {
			if (this.failure != null) {
				throw this.failure;
			}
			if (this.failNextInserts > 0) {
				this.failNextInserts--;
				if (this.onFailure != null) {
					Runnable winner = this.onFailure;
					this.onFailure = null;
					winner.run();
				}
				throw this.raceFailure;
			}
			this.rows.add(user);
		}

		@Override
		public void update(User user) {
			// The store holds the objects themselves: a change is already stored.
		}

		@Override
		public void delete(User user) {
			this.rows.remove(user);
		}

	}

	static final class Accounts implements AccountStore {

		final List<Account> rows = new ArrayList<>();

		@Override
		public Optional<Account> findByProviderAccount(String providerId, String accountId) {
			return this.rows.stream()
				.filter((a) -> a.getProviderId().equals(providerId) && a.getAccountId().equals(accountId))
				.findFirst();
		}

		@Override
		public void insert(Account account) {
			this.rows.add(account);
		}

		@Override
		public List<Account> findByUserId(String userId) {
			return this.rows.stream().filter((a) -> a.getUser().getId().equals(userId)).toList();
		}

		@Override
		public void update(Account account) {
			// The store holds the objects themselves: a change is already stored.
		}

		@Override
		public void delete(Account account) {
			this.rows.remove(account);
		}

		@Override
		public Optional<Account> findById(String id) {
			return this.rows.stream().filter((a) -> a.getId().equals(id)).findFirst();
		}

		@Override
		public List<Account> lockByUserId(String userId) {
			return findByUserId(userId);
		}

	}

	static final class Sessions implements SessionStore {

		final List<Session> rows = new ArrayList<>();

		@Override
		public Optional<SessionRecord> findByToken(String token) {
			throw new UnsupportedOperationException("sign-in never reads sessions");
		}

		@Override
		public void insert(Session session) {
			this.rows.add(session);
		}

		@Override
		public void extend(SessionRecord session, Instant updatedAt, Instant expiresAt) {
			throw new UnsupportedOperationException("sign-in never extends sessions");
		}

		@Override
		public void deleteByToken(String token) {
			this.rows.removeIf((s) -> s.getToken().equals(token));
		}

		@Override
		public boolean isLive(String sessionId, String userId, Instant now) {
			return this.rows.stream()
				.anyMatch((s) -> s.getId().equals(sessionId) && s.getExpiresAt().isAfter(now)
						&& s.getUser().getId().equals(userId));
		}

		@Override
		public List<SessionRecord> findLiveByUserId(String userId, Instant now) {
			throw new UnsupportedOperationException("sign-in never lists sessions");
		}

		@Override
		public void delete(SessionRecord session) {
			this.rows.removeIf((s) -> s.getId().equals(session.id()));
		}

	}

	static final class NoTransactions extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
