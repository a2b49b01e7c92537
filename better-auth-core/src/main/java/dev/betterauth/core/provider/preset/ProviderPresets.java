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

	private static final Map<String, ProviderPreset> PRESETS = index(
			List.of(new AtlassianPreset(), new CloudflarePreset(), new DiscordPreset(), new DropboxPreset(),
					new FigmaPreset(), new GitHubPreset(), new GooglePreset(), new HuggingFacePreset(),
					new KakaoPreset(), new KickPreset(), new LinearPreset(), new LinkedInPreset(), new NaverPreset()));

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
