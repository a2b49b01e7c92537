package dev.betterauth.core.provider.preset;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.betterauth.core.provider.OAuthUserInfo;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.UserInfoRequest;
import org.jspecify.annotations.Nullable;

/**
 * Discord. The profile carries an avatar hash, not a URL: the URL is built on Discord's
 * CDN ({@code .gif} for animated {@code a_} hashes), and a user without an avatar gets
 * Discord's default one, chosen from the id (new usernames, discriminator {@code 0}) or
 * the legacy discriminator. The URL is also kept in the raw profile as {@code image_url}.
 * {@code prompt} defaults to {@code none}, which skips the consent screen for users who
 * already authorized the app. Discord takes no PKCE.
 */
final class DiscordPreset implements ProviderPreset {

	private static final String CDN = "https://cdn.discordapp.com";

	@Override
	public String type() {
		return "discord";
	}

	@Override
	public Set<String> options() {
		return Set.of("prompt");
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		String prompt = options.get("prompt", "none");
		if (!prompt.equals("none") && !prompt.equals("consent")) {
			throw new PresetOptionException("prompt", prompt, "Expected none or consent.");
		}
		provider.authorizationUri("https://discord.com/api/oauth2/authorize")
			.tokenUri("https://discord.com/api/oauth2/token")
			.userInfoUri("https://discord.com/api/users/@me")
			.scopes("identify", "email")
			.pkce(false)
			.authorizationParameter("prompt", prompt)
			.mapping(DiscordPreset::map);
	}

	static OAuthUserInfo map(UserInfoRequest request) {
		Map<String, Object> profile = new LinkedHashMap<>(request.profile());
		String id = Profiles.text(profile, "id");
		String image = (id != null)
				? avatarUrl(id, Profiles.text(profile, "avatar"), Profiles.text(profile, "discriminator")) : null;
		if (image != null) {
			profile.put("image_url", image);
		}
		return new OAuthUserInfo(id, Profiles.text(profile, "email"), Profiles.isTrue(profile, "verified"),
				Profiles.firstText(profile, "global_name", "username"), image, profile);
	}

	/**
	 * The avatar's URL, or the default avatar's when there is no hash.
	 * @param id the user's snowflake id
	 * @param avatar the avatar hash, or {@code null}
	 * @param discriminator the discriminator ({@code 0} for new usernames), or
	 * {@code null}
	 * @return the URL, or {@code null} when neither the id nor the discriminator is a
	 * number
	 */
	static @Nullable String avatarUrl(String id, @Nullable String avatar, @Nullable String discriminator) {
		if (avatar != null) {
			return CDN + "/avatars/" + id + "/" + avatar + (avatar.startsWith("a_") ? ".gif" : ".png");
		}
		try {
			// Discord's rule: new usernames by (id >> 22) % 6, legacy ones by
			// discriminator % 5.
			int index = (discriminator == null || discriminator.equals("0"))
					? new BigInteger(id).shiftRight(22).mod(BigInteger.valueOf(6)).intValue()
					: Integer.parseInt(discriminator) % 5;
			return CDN + "/embed/avatars/" + index + ".png";
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
