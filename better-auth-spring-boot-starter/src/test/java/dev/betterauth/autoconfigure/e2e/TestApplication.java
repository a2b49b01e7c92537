package dev.betterauth.autoconfigure.e2e;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application with nothing but the starter.
 */
@SpringBootApplication
public class TestApplication {

}
