package dev.betterauth.core.provider.preset;

import java.util.Locale;
import java.util.Set;

import dev.betterauth.core.provider.ProviderRegistration;

/**
 * Microsoft Entra ID for one directory: the {@link MicrosoftPreset} with
 * {@code tenant-id} required and a tenant id (a GUID), so the id_token's issuer is
 * checked exactly. As in Better Auth's helper, a user without an {@code email} claim gets
 * the {@code preferred_username} (the user principal name) as an unverified email.
 */
final class MicrosoftEntraIdPreset implements ProviderPreset {

	@Override
	public String type() {
		return "microsoft-entra-id";
	}

	@Override
	public Set<String> options() {
		return Set.of("tenant-id", "authority", "disable-profile-photo", "prompt");
	}

	@Override
	public void configure(ProviderRegistration.Builder provider, PresetOptions options) {
		String tenant = options.require("tenant-id", "the directory (tenant) id of the Entra ID tenant, a GUID")
			.toLowerCase(Locale.ROOT);
		if (!MicrosoftPreset.TENANT_ID.matcher(tenant).matches()) {
			throw new PresetOptionException("tenant-id", options.get("tenant-id"),
					"Expected the directory (tenant) id, a GUID; for common, organizations or consumers use "
							+ "the microsoft preset.");
		}
		MicrosoftPreset.configure(provider, options, tenant, true);
	}

}
