package dev.betterauth.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import dev.betterauth.core.crypto.TokenCipher;
import dev.betterauth.core.flow.FlowSettings;
import dev.betterauth.core.flow.RequestLimits;
import dev.betterauth.core.provider.ProviderRegistration;
import dev.betterauth.core.provider.ProviderRules;
import dev.betterauth.core.provider.preset.PresetOptionException;
import dev.betterauth.core.provider.preset.PresetOptions;
import dev.betterauth.core.provider.preset.ProviderPreset;
import dev.betterauth.core.provider.preset.ProviderPresets;
import dev.betterauth.core.session.SessionSettings;
import dev.betterauth.core.signin.LinkingSettings;
import dev.betterauth.core.url.TrustedOrigins;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * {@link BetterAuthProperties} checked once at startup. Every problem fails startup with
 * a message that names the property.
 */
final class BetterAuthSettings {

	static final int MIN_SECRET_LENGTH = 32;

	private static final Pattern PROVIDER_ID = Pattern.compile("[A-Za-z0-9_-]+");

	private static final Duration STATE_TIME_TO_LIVE = Duration.ofMinutes(10);

	private final String secret;

	private final boolean secure;

	private final FlowSettings flow;

	private final SessionSettings session;

	private final List<String> trustedOrigins;

	private final List<ProviderRegistration> providers;

	private final LinkingSettings linking;

	private final TokenCipher tokenCipher;

	private final RequestLimits limits;

	private BetterAuthSettings(String secret, TokenCipher tokenCipher, RequestLimits limits, boolean secure,
			FlowSettings flow, SessionSettings session, List<String> trustedOrigins,
			List<ProviderRegistration> providers, LinkingSettings linking) {
		this.linking = linking;
		this.tokenCipher = tokenCipher;
		this.limits = limits;
		this.secret = secret;
		this.secure = secure;
		this.flow = flow;
		this.session = session;
		this.trustedOrigins = trustedOrigins;
		this.providers = providers;
	}

	static BetterAuthSettings of(BetterAuthProperties properties) {
		List<TokenCipher.VersionedSecret> secrets = secrets(properties.getSecrets());
		String secret = properties.getSecret();
		if (secrets.isEmpty() && (secret == null || secret.isBlank())) {
			throw new InvalidConfigurationPropertyValueException("better-auth.secret", null,
					"A secret of at least " + MIN_SECRET_LENGTH + " characters is required to sign cookies. "
							+ "Set better-auth.secret or the BETTER_AUTH_SECRET environment variable "
							+ "(for example to the output of: openssl rand -base64 32).");
		}
		if (secret != null && !secret.isBlank() && secret.length() < MIN_SECRET_LENGTH) {
			throw new InvalidConfigurationPropertyValueException("better-auth.secret", "<hidden>",
					"The secret has " + secret.length() + " characters; at least " + MIN_SECRET_LENGTH
							+ " are required (for example: openssl rand -base64 32).");
		}
		URI baseUrl = absoluteUrl("better-auth.base-url", properties.getBaseUrl(), true);
		String base = stripTrailingSlash(baseUrl.toString());
		String basePath = properties.getBasePath();
		if (basePath == null || !basePath.startsWith("/") || basePath.contains("?") || basePath.contains("#")) {
			throw new InvalidConfigurationPropertyValueException("better-auth.base-path", basePath,
					"The base path must start with '/', e.g. /api/auth.");
		}
		basePath = basePath.equals("/") ? "" : stripTrailingSlash(basePath);
		List<String> trusted = new ArrayList<>();
		trusted.add(TrustedOrigins.originOf(base));
		List<String> configuredOrigins = properties.getTrustedOrigins();
		for (int i = 0; i < configuredOrigins.size(); i++) {
			String origin = configuredOrigins.get(i);
			String name = "better-auth.trusted-origins[" + i + "]";
			try {
				new TrustedOrigins(List.of(origin));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidConfigurationPropertyValueException(name, origin, ex.getMessage());
			}
			// "myapp://" stays as it is: the slashes are part of a custom-scheme origin.
			trusted.add(origin.endsWith("://") ? origin : stripTrailingSlash(origin));
		}
		String errorUrl = properties.getErrorUrl();
		if (errorUrl == null) {
			errorUrl = base + basePath + "/error";
		}
		else if (!errorUrl.startsWith("/") || errorUrl.startsWith("//")) {
			absoluteUrl("better-auth.error-url", errorUrl, true);
		}
		Duration expiresIn = positive("better-auth.session.expires-in", properties.getSession().getExpiresIn());
		Duration updateAge = positive("better-auth.session.update-age", properties.getSession().getUpdateAge());
		positive("better-auth.http.connect-timeout", properties.getHttp().getConnectTimeout());
		positive("better-auth.http.read-timeout", properties.getHttp().getReadTimeout());
		List<ProviderRegistration> providers = new ArrayList<>();
		for (Map.Entry<String, BetterAuthProperties.Provider> entry : properties.getProviders().entrySet()) {
			providers.add(provider(entry.getKey(), entry.getValue()));
		}
		boolean hasLegacy = secret != null && !secret.isBlank();
		TokenCipher cipher = secrets.isEmpty() ? new TokenCipher(secret)
				: new TokenCipher(secrets, hasLegacy ? secret : null);
		// As Better Auth: with a rotation list, cookies are signed with the newest secret
		// only.
		String cookieSecret = secrets.isEmpty() ? secret : secrets.get(0).value();
		notNegative("better-auth.account.refresh-margin", properties.getAccount().getRefreshMargin());
		return new BetterAuthSettings(cookieSecret, cipher, limits(properties.getLimits()),
				baseUrl.getScheme().equalsIgnoreCase("https"),
				new FlowSettings(base, basePath, errorUrl, STATE_TIME_TO_LIVE),
				new SessionSettings(expiresIn, updateAge,
						notNegative("better-auth.session.fresh-age", properties.getSession().getFreshAge())),
				List.copyOf(trusted), List.copyOf(providers), linking(properties.getAccount().getLinking()));
	}

	private static RequestLimits limits(BetterAuthProperties.Limits limits) {
		String prefix = "better-auth.limits.";
		if (limits.getMaxBodySize() == null || limits.getMaxBodySize().toBytes() < 1024) {
			throw new InvalidConfigurationPropertyValueException(prefix + "max-body-size", limits.getMaxBodySize(),
					"Must be at least 1KB.");
		}
		return new RequestLimits(atLeastOne(prefix + "max-scopes", limits.getMaxScopes()),
				atLeastOne(prefix + "max-scope-length", limits.getMaxScopeLength()),
				atLeastOne(prefix + "max-additional-params", limits.getMaxAdditionalParams()),
				atLeastOne(prefix + "max-additional-param-name-length", limits.getMaxAdditionalParamNameLength()),
				atLeastOne(prefix + "max-additional-param-value-length", limits.getMaxAdditionalParamValueLength()),
				atLeastOne(prefix + "max-login-hint-length", limits.getMaxLoginHintLength()),
				atLeastOne(prefix + "max-url-length", limits.getMaxUrlLength()));
	}

	private static int atLeastOne(String name, int value) {
		if (value < 1) {
			throw new InvalidConfigurationPropertyValueException(name, value, "Must be at least 1.");
		}
		return value;
	}

	private static LinkingSettings linking(BetterAuthProperties.Linking linking) {
		return new LinkingSettings(linking.isEnabled(), Set.copyOf(linking.getTrustedProviders()),
				linking.isRequireLocalEmailVerified(), linking.isDisableImplicitLinking(),
				linking.isUpdateUserInfoOnLink(), linking.isAllowDifferentEmails(), linking.isAllowUnlinkingAll());
	}

	private static List<TokenCipher.VersionedSecret> secrets(List<BetterAuthProperties.Secret> configured) {
		List<TokenCipher.VersionedSecret> secrets = new ArrayList<>();
		Set<Integer> versions = new HashSet<>();
		for (int i = 0; i < configured.size(); i++) {
			BetterAuthProperties.Secret secret = configured.get(i);
			String name = "better-auth.secrets[" + i + "]";
			if (secret.getVersion() == null || secret.getVersion() < 0 || !versions.add(secret.getVersion())) {
				throw new InvalidConfigurationPropertyValueException(name + ".version", secret.getVersion(),
						"Every secret needs its own non-negative version number.");
			}
			if (secret.getValue() == null || secret.getValue().length() < MIN_SECRET_LENGTH) {
				throw new InvalidConfigurationPropertyValueException(name + ".value", "<hidden>",
						"Every secret needs at least " + MIN_SECRET_LENGTH + " characters.");
			}
			secrets.add(new TokenCipher.VersionedSecret(secret.getVersion(), secret.getValue()));
		}
		return secrets;
	}

	private static ProviderRegistration provider(String id, BetterAuthProperties.Provider provider) {
		String prefix = "better-auth.providers." + id + ".";
		if (!PROVIDER_ID.matcher(id).matches()) {
			throw new InvalidConfigurationPropertyValueException("better-auth.providers", id,
					"A provider id may use only letters, digits, '-' and '_' (it appears in the callback path).");
		}
		if (provider.getClientId() == null || provider.getClientId().isBlank()) {
			throw new InvalidConfigurationPropertyValueException(prefix + "client-id", null,
					"Every provider needs the client id it was registered with.");
		}
		ProviderPreset preset = preset(prefix, id, provider);
		Map<String, String> options = presetOptions(provider);
		if (preset == null && !options.isEmpty()) {
			String option = options.keySet().iterator().next();
			throw new InvalidConfigurationPropertyValueException(prefix + option, options.get(option),
					"This is a preset setting, and provider '" + id + "' uses no preset; set type to one.");
		}
		ProviderRegistration.Builder builder = ProviderRegistration.builder(id)
			.clientId(provider.getClientId())
			.clientSecret(provider.getClientSecret());
		if (preset != null) {
			for (String option : options.keySet()) {
				if (!preset.options().contains(option)) {
					throw new InvalidConfigurationPropertyValueException(prefix + option, options.get(option),
							"The " + preset.type() + " preset does not use this setting.");
				}
			}
			builder.type(preset.type());
			// The issuer is an ordinary setting that self-hosted presets (keycloak, okta,
			// gitlab) also build their endpoints from.
			Map<String, String> withIssuer = new LinkedHashMap<>(options);
			putOption(withIssuer, "issuer", provider.getIssuer());
			try {
				preset.configure(builder, new PresetOptions(withIssuer));
			}
			catch (PresetOptionException ex) {
				throw new InvalidConfigurationPropertyValueException(prefix + ex.option(),
						(ex.option().contains("key") || ex.option().contains("secret")) ? "<hidden>" : ex.value(),
						ex.getMessage());
			}
		}
		URI discovery = optionalUrl(prefix + "discovery-url", provider.getDiscoveryUrl());
		if (provider.getIssuer() != null) {
			absoluteUrl(prefix + "issuer", provider.getIssuer(), false);
		}
		override(optionalUrl(prefix + "auth-url", provider.getAuthUrl()), builder::authorizationUri);
		override(optionalUrl(prefix + "token-url", provider.getTokenUrl()), builder::tokenUri);
		override(optionalUrl(prefix + "user-info-url", provider.getUserInfoUrl()), builder::userInfoUri);
		override(discovery, builder::discoveryUri);
		override(provider.getIssuer(), builder::issuer);
		URI jwks = optionalUrl(prefix + "jwks-url", provider.getJwksUrl());
		if (jwks != null && builder.issuer() == null) {
			throw new InvalidConfigurationPropertyValueException(prefix + "jwks-url", provider.getJwksUrl(),
					"Set issuer too: an id_token is only accepted from the issuer it names.");
		}
		override(jwks, builder::jwksUri);
		boolean discovers = builder.discoveryUri() != null || builder.issuer() != null;
		if (!discovers && builder.authorizationUri() == null) {
			throw new InvalidConfigurationPropertyValueException(prefix + "auth-url", null,
					"Set auth-url and token-url, or discovery-url or issuer to read them from OpenID discovery"
							+ ", or use a preset (type).");
		}
		if (!discovers && builder.tokenUri() == null) {
			throw new InvalidConfigurationPropertyValueException(prefix + "token-url", null,
					"Set token-url, or discovery-url or issuer to read it from OpenID discovery.");
		}
		if (provider.isDisableDefaultScopes()) {
			builder.scopes(provider.getScopes());
		}
		else {
			builder.addScopes(provider.getScopes());
		}
		if (provider.getPkce() != null) {
			builder.pkce(provider.getPkce());
		}
		if (provider.getAuthentication() != null) {
			builder.clientAuthentication(provider.getAuthentication());
		}
		if (provider.getAccessTokenExpiresIn() != null) {
			builder
				.accessTokenExpiresIn(positive(prefix + "access-token-expires-in", provider.getAccessTokenExpiresIn()));
		}
		return builder
			.rules(new ProviderRules(provider.isDisableSignUp(), provider.isDisableImplicitSignUp(),
					provider.isOverrideUserInfoOnSignIn()))
			.build();
	}

	private static @Nullable ProviderPreset preset(String prefix, String id, BetterAuthProperties.Provider provider) {
		if (provider.getType() == null) {
			return ProviderPresets.find(id).orElse(null);
		}
		return ProviderPresets.find(provider.getType())
			.orElseThrow(
					() -> new InvalidConfigurationPropertyValueException(prefix + "type", provider.getType(),
							"No preset has this name; the presets are "
									+ String.join(", ",
											ProviderPresets.all().stream().map(ProviderPreset::type).sorted().toList())
									+ "."));
	}

	/** The preset settings that are set, by property name. */
	static Map<String, String> presetOptions(BetterAuthProperties.Provider provider) {
		Map<String, String> options = new LinkedHashMap<>();
		putOption(options, "prompt", provider.getPrompt());
		putOption(options, "hd", provider.getHd());
		putOption(options, "access-type", provider.getAccessType());
		putOption(options, "tenant-id", provider.getTenantId());
		putOption(options, "authority", provider.getAuthority());
		putOption(options, "disable-profile-photo", provider.getDisableProfilePhoto());
		putOption(options, "team-id", provider.getTeamId());
		putOption(options, "key-id", provider.getKeyId());
		putOption(options, "private-key", provider.getPrivateKey());
		putOption(options, "app-bundle-identifier", provider.getAppBundleIdentifier());
		putOption(options, "login-url", provider.getLoginUrl());
		putOption(options, "sandbox", provider.getSandbox());
		putOption(options, "domain", provider.getDomain());
		putOption(options, "region", provider.getRegion());
		putOption(options, "user-pool-id", provider.getUserPoolId());
		putOption(options, "identity-provider", provider.getIdentityProvider());
		putOption(options, "config-id", provider.getConfigId());
		return options;
	}

	private static void putOption(Map<String, String> options, String name, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			options.put(name, value.toString());
		}
	}

	private static <T> void override(@Nullable T value, Consumer<T> setter) {
		if (value != null) {
			setter.accept(value);
		}
	}

	private static URI optionalUrl(String name, String value) {
		return (value == null || value.isBlank()) ? null : absoluteUrl(name, value, false);
	}

	private static URI absoluteUrl(String name, String value, boolean required) {
		if (value == null || value.isBlank()) {
			throw new InvalidConfigurationPropertyValueException(name, value,
					required ? "This property is required: the public origin of the application, e.g. "
							+ "https://app.example.com." : "A URL is required.");
		}
		try {
			URI uri = new URI(value.trim());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
					|| uri.getRawUserInfo() != null) {
				throw new URISyntaxException(value, "not an absolute http(s) URL");
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw new InvalidConfigurationPropertyValueException(name, value,
					"Expected an absolute http(s) URL such as https://example.com/path.");
		}
	}

	private static Duration positive(String name, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new InvalidConfigurationPropertyValueException(name, value, "Must be a positive duration.");
		}
		return value;
	}

	private static Duration notNegative(String name, Duration value) {
		if (value == null || value.isNegative()) {
			throw new InvalidConfigurationPropertyValueException(name, value, "Must be zero or a positive duration.");
		}
		return value;
	}

	private static String stripTrailingSlash(String value) {
		return (value.endsWith("/") && value.length() > 1) ? value.substring(0, value.length() - 1) : value;
	}

	String secret() {
		return this.secret;
	}

	boolean secure() {
		return this.secure;
	}

	FlowSettings flow() {
		return this.flow;
	}

	SessionSettings session() {
		return this.session;
	}

	List<String> trustedOrigins() {
		return this.trustedOrigins;
	}

	List<ProviderRegistration> providers() {
		return this.providers;
	}

	LinkingSettings linking() {
		return this.linking;
	}

	TokenCipher tokenCipher() {
		return this.tokenCipher;
	}

	RequestLimits limits() {
		return this.limits;
	}

}
