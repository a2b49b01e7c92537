package dev.betterauth.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Rate limiting is on outside development (DevTools absent) unless configured.
 */
class OnRateLimitEnabledConditionTests {

	/** A class on the test classpath stands in for DevTools. */
	private final OnRateLimitEnabledCondition development = new OnRateLimitEnabledCondition(
			MockEnvironment.class.getName());

	private final OnRateLimitEnabledCondition production = new OnRateLimitEnabledCondition("no.such.DevTools");

	@Test
	void onWithoutDevToolsOffWithItTheSettingDecidesWhenGiven() {
		assertThat(matches(this.production, null)).isTrue();
		assertThat(matches(this.development, null)).isFalse();
		assertThat(matches(this.development, "true")).isTrue();
		assertThat(matches(this.production, "false")).isFalse();
		assertThat(new OnRateLimitEnabledCondition()).extracting("developmentMarker")
			.isEqualTo(OnRateLimitEnabledCondition.DEVTOOLS);
	}

	private boolean matches(OnRateLimitEnabledCondition condition, String enabled) {
		MockEnvironment environment = new MockEnvironment();
		if (enabled != null) {
			environment.setProperty(OnRateLimitEnabledCondition.PROPERTY, enabled);
		}
		ConditionContext context = mock(ConditionContext.class);
		given(context.getEnvironment()).willReturn(environment);
		given(context.getClassLoader()).willReturn(getClass().getClassLoader());
		return condition.getMatchOutcome(context, mock(AnnotatedTypeMetadata.class)).isMatch();
	}

}
