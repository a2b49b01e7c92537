package dev.betterauth.core.provider.preset;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every built-in preset, by name.
 */
public final class ProviderPresets {

	private static final Map<String, ProviderPreset> PRESETS = index(List.of(new ApplePreset(), new AtlassianPreset(),
			new Auth0Preset(), new CloudflarePreset(), new CognitoPreset(), new DiscordPreset(), new DropboxPreset(),
			new FacebookPreset(), new FigmaPreset(), new GitHubPreset(), new GitLabPreset(), new GooglePreset(),
			new HuggingFacePreset(), new KakaoPreset(), new KeycloakPreset(), new KickPreset(), new LinePreset(),
			new LinearPreset(), new LinkedInPreset(), new MicrosoftPreset(), new MicrosoftEntraIdPreset(),
			new NaverPreset(), new NotionPreset(), new OktaPreset(), new PayPalPreset(), new PaybinPreset(),
			new PolarPreset(), new RailwayPreset(), new RedditPreset(), new RobloxPreset(), new SalesforcePreset(),
			new SlackPreset(), new SpotifyPreset(), new TikTokPreset(), new TwitchPreset(), new TwitterPreset(),
			new VercelPreset(), new VkPreset(), new WeChatPreset(), new ZoomPreset()));

	private ProviderPresets() {
	}

	/**
	 * The preset of this name.
	 * @param type the name ({@code github})
	 * @return the preset, if there is one
	 */
	public static Optional<ProviderPreset> find(String type) {
		return Optional.ofNullable(PRESETS.get(type));
	}

	/**
	 * Every preset, by name.
	 * @return the presets
	 */
	public static Collection<ProviderPreset> all() {
		return PRESETS.values();
	}

	private static Map<String, ProviderPreset> index(List<ProviderPreset> presets) {
		Map<String, ProviderPreset> byType = new LinkedHashMap<>();
		presets.forEach((preset) -> byType.put(preset.type(), preset));
		return byType;
	}

}
