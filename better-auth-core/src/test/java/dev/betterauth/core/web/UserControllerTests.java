package dev.betterauth.core.web;

import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.BetterAuthException.Kind;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UserControllerTests {

	@Test
	void deleteUserIsNotFoundUnlessEnabled() {
		UserController controller = new UserController(null, null, false, null, null);
		assertThatExceptionOfType(BetterAuthException.class)
			.isThrownBy(() -> controller.deleteUser(new MockHttpServletRequest(), new MockHttpServletResponse()))
			.satisfies((ex) -> {
				Assertions.assertThat(ex.kind()).isEqualTo(Kind.NOT_FOUND);
				Assertions.assertThat(ex.code()).isEqualTo("NOT_FOUND");
			});
	}

}
