package dev.betterauth.autoconfigure.e2e;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.betterauth.autoconfigure.security.SessionAuthorities;
import dev.betterauth.core.event.AuthEvent;
import dev.betterauth.core.event.UserCreatedEvent;
import dev.betterauth.core.jdbc.QuotedSql;
import dev.betterauth.core.session.AuthSession;
import dev.betterauth.core.signin.NewUser;
import dev.betterauth.core.signin.SignInAction;
import dev.betterauth.core.signin.SignInPolicy;
import dev.betterauth.core.signin.SignInRejectedException;
import dev.betterauth.core.signin.SignUpHook;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application with the starter, a statement counter on its DataSource, one sign-in
 * policy, one sign-up hook, and listeners of both kinds.
 */
@SpringBootApplication
@EnableMethodSecurity
public class TestApplication {

	/**
	 * The application's own endpoints, protected by the default chain the starter adds.
	 */
	@RestController
	static class AppController {

		@GetMapping("/app/me")
		Map<String, Object> me(@AuthenticationPrincipal AuthSession session) {
			return Map.of("email", session.email(), "userId", session.userId());
		}

		@GetMapping("/app/argument")
		Map<String, Object> argument(AuthSession session) {
			return Map.of("email", session.email());
		}

		@GetMapping("/app/admin")
		@PreAuthorize("hasRole('ADMIN')")
		Map<String, Object> admin(Authentication authentication) {
			return Map.of("name", authentication.getName());
		}

	}

	/** Users whose email starts with "admin@" are administrators. */
	@Bean
	SessionAuthorities sessionAuthorities() {
		return (session) -> session.email().startsWith("admin@")
				? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
				: List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	/** A first sign-in with this domain is refused by the sign-up hook. */
	static final String HOOK_REFUSES = "@hook-refuses.example";

	/**
	 * A first sign-in with this domain makes the sign-up hook look for the new rows (not
	 * for other domains, so statement counts stay the starter's own).
	 */
	static final String HOOK_CHECKS = "@hook-checks.example";

	/** A first sign-in with this domain makes an in-transaction listener throw. */
	static final String LISTENER_THROWS = "@listener-throws.example";

	/** A first sign-in with this domain makes an after-commit listener throw. */
	static final String AFTER_COMMIT_THROWS = "@after-commit-throws.example";

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

	/** Refuses emails of one domain, with the application's own error code. */
	@Bean
	SignInPolicy blockedDomainPolicy() {
		return (check) -> {
			if (check.userInfo().email() != null && check.userInfo().email().endsWith("@blocked.example")) {
				throw new SignInRejectedException("domain_not_allowed",
						"sign-ins from blocked.example are not allowed (" + check.action() + ")");
			}
		};
	}

	/**
	 * Holds a sign-in inside its transaction, after the account was read and before its
	 * tokens are written, while {@link #pause} is armed: a window for a concurrent
	 * refresh.
	 */
	@Bean
	SignInPolicy pausingPolicy() {
		return (check) -> {
			CountDownLatch[] latches = pause;
			if (latches != null && check.action() == SignInAction.SIGN_IN) {
				latches[0].countDown();
				try {
					latches[1].await(20, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		};
	}

	/**
	 * {@code [paused, resume]} while a test holds returning sign-ins; else {@code null}.
	 */
	static volatile CountDownLatch[] pause;

	@Bean
	SignUpRecorder signUpRecorder(DataSource dataSource) {
		return new SignUpRecorder(new JdbcTemplate(dataSource));
	}

	@Bean
	EventRecorder eventRecorder() {
		return new EventRecorder();
	}

	/**
	 * The application's sign-up hook: sees the new user's row through plain JDBC in the
	 * sign-in transaction (as an application writing its own rows would), and refuses one
	 * domain.
	 */
	public static class SignUpRecorder implements SignUpHook {

		final List<String> visibleUserIds = new CopyOnWriteArrayList<>();

		private final JdbcTemplate jdbc;

		SignUpRecorder(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public void onSignUp(NewUser newUser) {
			if (newUser.user().getEmail().endsWith(HOOK_CHECKS)) {
				checkRowsVisible(newUser);
			}
			if (newUser.user().getEmail().endsWith(HOOK_REFUSES)) {
				throw new SignInRejectedException("profile_not_created", "the application refused the sign-up");
			}
		}

		private void checkRowsVisible(NewUser newUser) {
			Integer rows = this.jdbc.queryForObject(
					new QuotedSql(this.jdbc)
						.sql("select count(*) from `user` u join `account` a on a.`userId` = u.`id` where u.`id` = ?"),
					Integer.class, newUser.user().getId());
			if (rows != null && rows == 1) {
				this.visibleUserIds.add(newUser.user().getId());
			}
		}

	}

	/**
	 * Records committed events (after commit), and whether in-transaction listeners ran
	 * inside a transaction.
	 */
	public static class EventRecorder {

		final List<AuthEvent> events = new CopyOnWriteArrayList<>();

		final List<Boolean> inTransaction = new CopyOnWriteArrayList<>();

		@TransactionalEventListener
		void afterCommit(AuthEvent event) {
			this.events.add(event);
			if (event instanceof UserCreatedEvent created && created.email().endsWith(AFTER_COMMIT_THROWS)) {
				throw new IllegalStateException("an after-commit listener failed");
			}
		}

		@EventListener
		void during(AuthEvent event) {
			this.inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
			if (event instanceof UserCreatedEvent created && created.email().endsWith(LISTENER_THROWS)) {
				throw new IllegalStateException("an in-transaction listener failed");
			}
		}

	}

}
