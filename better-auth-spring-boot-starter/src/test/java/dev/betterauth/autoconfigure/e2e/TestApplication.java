package dev.betterauth.autoconfigure.e2e;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * An application with nothing but the starter (and a statement counter on its DataSource).
 */
@SpringBootApplication
public class TestApplication {

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

}
