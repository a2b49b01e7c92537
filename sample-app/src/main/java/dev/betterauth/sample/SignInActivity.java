package dev.betterauth.sample;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.betterauth.core.event.SessionCreatedEvent;
import dev.betterauth.core.event.SignedOutEvent;
import dev.betterauth.core.event.UserCreatedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reacts to Better Auth's events after they commit (a rolled-back sign-in is never
 * counted): logs them and counts them, and shows the counts at {@code /sample/activity}.
 */
@Component
@RestController
class SignInActivity {

	private static final Logger logger = LoggerFactory.getLogger(SignInActivity.class);

	private final AtomicLong usersCreated = new AtomicLong();

	private final AtomicLong signIns = new AtomicLong();

	private final AtomicLong signOuts = new AtomicLong();

	@TransactionalEventListener
	void userCreated(UserCreatedEvent event) {
		this.usersCreated.incrementAndGet();
		logger.info("Welcome, {} (signed up with {})", event.email(), event.providerId());
	}

	@TransactionalEventListener
	void signedIn(SessionCreatedEvent event) {
		this.signIns.incrementAndGet();
	}

	@TransactionalEventListener
	void signedOut(SignedOutEvent event) {
		this.signOuts.incrementAndGet();
	}

	@GetMapping("/sample/activity")
	Map<String, Long> activity() {
		return Map.of("usersCreated", this.usersCreated.get(), "signIns", this.signIns.get(), "signOuts",
				this.signOuts.get());
	}

}
