package dev.betterauth.core.provider.preset;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderPresetsTests {

	@Test
	void everyBetterAuthPresetAndTheGenericHelpersAreKnownByName() {
		assertThat(ProviderPresets.all().stream().map(ProviderPreset::type)).containsExactlyInAnyOrder("apple",
				"atlassian", "cloudflare", "cognito", "discord", "dropbox", "facebook", "figma", "github", "gitlab",
				"google", "huggingface", "kakao", "kick", "line", "linear", "linkedin", "microsoft", "naver", "notion",
				"paybin", "paypal", "polar", "railway", "reddit", "roblox", "salesforce", "slack", "spotify", "tiktok",
				"twitch", "twitter", "vercel", "vk", "wechat", "zoom", "keycloak", "okta", "auth0",
				"microsoft-entra-id");
		for (String type : List.of("github", "microsoft-entra-id")) {
			assertThat(ProviderPresets.find(type)).get().extracting(ProviderPreset::type).isEqualTo(type);
		}
		assertThat(ProviderPresets.find("myspace")).isEmpty();
	}

}
