package dev.betterauth.autoconfigure.e2e;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.betterauth.core.event.AuthEvent;
import dev.betterauth.core.signin.SignInPolicy;
import dev.betterauth.core.signin.SignInRejectedException;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * An application with the starter, a statement counter on its DataSource, one sign-in
 * policy and an event recorder.
 */
@SpringBootApplication
public class TestApplication {

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

	@Bean
	EventRecorder eventRecorder() {
		return new EventRecorder();
	}

	/** Records every Better Auth event. */
	public static class EventRecorder {

		final List<AuthEvent> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(AuthEvent event) {
			this.events.add(event);
		}

	}

}
