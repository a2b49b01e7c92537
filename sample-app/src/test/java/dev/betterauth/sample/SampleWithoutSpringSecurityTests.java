package dev.betterauth.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same sample, sign-in and protected resources with Spring Security switched off: the
 * page and JSON endpoint are then guarded by their {@code AuthSession} arguments alone (a
 * required one answers 401 in Better Auth's envelope).
 */
@TestPropertySource(properties = { "sample.security.enabled=false",
		"spring.autoconfigure.exclude=" + "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration,"
				+ "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration,"
				+ "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration,"
				+ "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration,"
				+ "dev.betterauth.autoconfigure.security.BetterAuthSecurityAutoConfiguration" })
class SampleWithoutSpringSecurityTests extends SampleApplicationTests {

	@Autowired
	ApplicationContext context;

	@Test
	void noFilterChainIsInPlace() {
		assertThat(this.context.getBeansOfType(SecurityFilterChain.class)).isEmpty();
	}

}
