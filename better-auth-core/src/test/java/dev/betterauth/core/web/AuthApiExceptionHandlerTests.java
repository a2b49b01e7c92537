package dev.betterauth.core.web;

import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.BetterAuthException.Kind;
import dev.betterauth.core.ErrorCodes;
import dev.betterauth.core.account.AccountNotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class AuthApiExceptionHandlerTests {

	private final AuthApiExceptionHandler handler = new AuthApiExceptionHandler();

	@Test
	void everyKindHasTheStatusBetterAuthAnswers() {
		assertThat(AuthApiExceptionHandler.status(Kind.INVALID_REQUEST)).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(AuthApiExceptionHandler.status(Kind.UNAUTHORIZED)).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(AuthApiExceptionHandler.status(Kind.FORBIDDEN)).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(AuthApiExceptionHandler.status(Kind.NOT_FOUND)).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(AuthApiExceptionHandler.status(Kind.TOO_LARGE)).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(AuthApiExceptionHandler.status(Kind.PROVIDER_UNAVAILABLE)).isEqualTo(HttpStatus.BAD_GATEWAY);
	}

	@Test
	void aDomainRefusalIsAnsweredInBetterAuthsEnvelope() {
		ResponseEntity<String> answer = this.handler.refused(new AccountNotFoundException("Account not found"));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody()).isEqualTo("{\"message\":\"Account not found\",\"code\":\"ACCOUNT_NOT_FOUND\"}");
		assertThat(this.handler.refused(BetterAuthException.validation("provider", "Invalid input")).getBody())
			.isEqualTo(
					"{\"message\":\"[body.provider] Invalid input\",\"code\":\"" + ErrorCodes.VALIDATION_ERROR + "\"}");
	}

}
