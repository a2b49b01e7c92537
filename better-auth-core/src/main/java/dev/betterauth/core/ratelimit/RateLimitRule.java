package dev.betterauth.core.ratelimit;

import java.time.Duration;

/**
 * At most {@code max} requests per {@code window} from one client to one path.
 *
 * @param window the window
 * @param max the requests allowed in it
 */
public record RateLimitRule(Duration window, int max) {

}
