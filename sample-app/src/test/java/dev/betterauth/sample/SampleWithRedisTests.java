package dev.betterauth.sample;

import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's {@code redis} profile: the whole sign-in with sessions, state and counters
 * in Redis (under a prefix of this test's own).
 */
@RequiresService(name = "Redis", port = 6379)
@ActiveProfiles("redis")
@TestPropertySource(properties = "better-auth.redis.key-prefix=" + SampleWithRedisTests.PREFIX)
class SampleWithRedisTests extends SampleApplicationTests {

	static final String PREFIX = "sample-test:";

	private static StringRedisTemplate lastRedis;

	@Autowired
	StringRedisTemplate redis;

	@Test
	@Override
	void signsInWithTheDemoProviderAndOut() throws Exception {
		lastRedis = this.redis;
		super.signsInWithTheDemoProviderAndOut();
		// The sign-in was counted in Redis; signed out, the session went and the demo
		// flow's state was consumed.
		Set<String> left = this.redis.keys(PREFIX + "*");
		assertThat(left).anyMatch((key) -> key.endsWith("|/sign-in/social"));
		assertThat(left).noneMatch((key) -> key.contains("verification:") || key.contains("active-sessions-"));
	}

	@AfterAll
	static void clean() {
		if (lastRedis != null) {
			lastRedis.delete(lastRedis.keys(PREFIX + "*"));
		}
	}

}
