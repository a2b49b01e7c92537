package dev.betterauth.autoconfigure;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.betterauth.core.account.Account;
import dev.betterauth.core.account.AccountStore;
import dev.betterauth.core.account.SignInCandidates;
import dev.betterauth.core.user.User;
import dev.betterauth.core.user.UserStore;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The plain-JDBC user and account stores on Better Auth's schema: what they read back,
 * and that an update writes only what changed.
 */
class JdbcStoresTests {

	private static final Instant NOW = Instant.parse("2026-11-30T10:00:00.123Z");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, BetterAuthSchemaAutoConfiguration.class,
				TransactionAutoConfiguration.class, BetterAuthAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:stores-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
				"better-auth.secret=stores-secret-0123456789abcdef0123",
				"better-auth.base-url=https://app.example.com");

	@Test
	void readsBackWhatItWroteNullsIncluded() {
		this.runner.run((context) -> {
			UserStore users = context.getBean(UserStore.class);
			AccountStore accounts = context.getBean(AccountStore.class);
			User user = new User("u1", "Ada", "ada@example.com", false, null, NOW);
			users.insert(user);
			Account account = new Account("a1", "github", "42", user, NOW);
			accounts.insert(account);
			User read = users.findByEmail("ADA@example.com").orElseThrow();
			assertThat(read.getName()).isEqualTo("Ada");
			assertThat(read.getImage()).isNull();
			assertThat(read.isEmailVerified()).isFalse();
			assertThat(read.getCreatedAt()).isEqualTo(NOW);
			Account readAccount = accounts.findByProviderAccount("github", "42").orElseThrow();
			assertThat(readAccount.getUser().getEmail()).isEqualTo("ada@example.com");
			assertThat(readAccount.getAccessToken()).isNull();
			assertThat(readAccount.getAccessTokenExpiresAt()).isNull();
			assertThat(readAccount.getUpdatedAt()).isEqualTo(NOW);
			assertThat(accounts.lockByUserId("u1")).extracting(Account::getId).containsExactly("a1");
			assertThat(accounts.lockByUserId("nobody")).isEmpty();
		});
	}

	@Test
	void anAccountUpdateWritesOnlyTheColumnsThatChanged() {
		this.runner.run((context) -> {
			UserStore users = context.getBean(UserStore.class);
			AccountStore accounts = context.getBean(AccountStore.class);
			User user = new User("u1", "Ada", "ada@example.com", true, null, NOW);
			users.insert(user);
			Account account = new Account("a1", "github", "42", user, NOW);
			account.setRefreshToken("refresh-1");
			account.setAccessToken("access-1");
			accounts.insert(account);
			// Two requests read the account; one rotates the refresh token, the other
			// brings only a new access token.
			Account refreshing = accounts.findById("a1").orElseThrow();
			Account signingIn = accounts.findById("a1").orElseThrow();
			refreshing.setRefreshToken("refresh-2");
			accounts.update(refreshing);
			Instant later = NOW.plus(1, ChronoUnit.MINUTES);
			signingIn.setAccessToken("access-2");
			signingIn.setAccessTokenExpiresAt(later);
			signingIn.setUpdatedAt(later);
			accounts.update(signingIn);
			Account stored = accounts.findById("a1").orElseThrow();
			assertThat(stored.getRefreshToken()).isEqualTo("refresh-2");
			assertThat(stored.getAccessToken()).isEqualTo("access-2");
			assertThat(stored.getAccessTokenExpiresAt()).isEqualTo(later);
			assertThat(stored.getUpdatedAt()).isEqualTo(later);
		});
	}

	@Test
	void anUpdateOfARowDeletedSinceItWasReadFails() {
		this.runner.run((context) -> {
			UserStore users = context.getBean(UserStore.class);
			AccountStore accounts = context.getBean(AccountStore.class);
			User user = new User("u1", "Ada", "ada@example.com", true, null, NOW);
			users.insert(user);
			accounts.insert(new Account("a1", "github", "42", user, NOW));
			Account read = accounts.findById("a1").orElseThrow();
			accounts.delete(read);
			read.setAccessToken("too-late");
			assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> accounts.update(read));
			User readUser = users.findById("u1").orElseThrow();
			users.delete(readUser);
			readUser.setName("Gone");
			assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> users.update(readUser));
		});
	}

	@Test
	void aUserUpdateWritesOnlyTheColumnsThatChanged() {
		this.runner.run((context) -> {
			UserStore users = context.getBean(UserStore.class);
			users.insert(new User("u1", "Ada", "ada@example.com", false, null, NOW));
			User renaming = users.findById("u1").orElseThrow();
			User verifying = users.findById("u1").orElseThrow();
			renaming.setName("Ada Lovelace");
			users.update(renaming);
			verifying.setEmailVerified(true);
			verifying.setImage("https://example.com/ada.png");
			users.update(verifying);
			User stored = users.findById("u1").orElseThrow();
			assertThat(stored.getName()).isEqualTo("Ada Lovelace");
			assertThat(stored.isEmailVerified()).isTrue();
			assertThat(stored.getImage()).isEqualTo("https://example.com/ada.png");
		});
	}

	@Test
	void signInCandidatesAreTheIdentitysAccountAndTheEmailsUserInOneLookUp() {
		this.runner.run((context) -> {
			UserStore users = context.getBean(UserStore.class);
			AccountStore accounts = context.getBean(AccountStore.class);
			User owner = new User("u1", "Ada", "ada@example.com", true, null, NOW);
			User other = new User("u2", "Grace", "grace@example.com", true, null, NOW);
			users.insert(owner);
			users.insert(other);
			accounts.insert(new Account("a1", "github", "42", owner, NOW));
			SignInCandidates both = accounts.findSignInCandidates("github", "42", "grace@example.com").orElseThrow();
			assertThat(both.account().getId()).isEqualTo("a1");
			assertThat(both.account().getUser().getId()).isEqualTo("u1");
			assertThat(both.userWithEmail().getId()).isEqualTo("u2");
			SignInCandidates same = accounts.findSignInCandidates("github", "42", "ada@example.com").orElseThrow();
			assertThat(same.account().getUser().getId()).isEqualTo("u1");
			assertThat(same.userWithEmail().getId()).isEqualTo("u1");
			SignInCandidates none = accounts.findSignInCandidates("github", "7", "nobody@example.com").orElseThrow();
			assertThat(none.account()).isNull();
			assertThat(none.userWithEmail()).isNull();
		});
	}

}
