package dev.betterauth.sample;

import java.util.Map;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.UserInfoMapper;
import dev.betterauth.core.provider.UserInfoRequest;

import org.springframework.stereotype.Component;

/**
 * A custom mapping for the demo providers: its login page asks only for a user name, so
 * the email defaults to {@code <name>@demo.localhost} (unverified) when the claims carry
 * none.
 */
@Component
class DemoUserInfoMapper implements UserInfoMapper {

	@Override
	public boolean supports(String providerId) {
		return "demo".equals(providerId) || "demo-work".equals(providerId);
	}

	@Override
	public OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = request.profile();
		String subject = (String) profile.get("sub");
		Object email = profile.get("email");
		boolean verified = Boolean.TRUE.equals(profile.get("email_verified"));
		Object name = profile.get("name");
		return new OAuthUserInfo(subject, (email instanceof String text) ? text : subject + "@demo.localhost",
				(email instanceof String) && verified, (name instanceof String text) ? text : subject,
				(String) profile.get("picture"), profile);
	}

}
