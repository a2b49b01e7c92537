package dev.betterauth.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.betterauth.core.cookiecache.CookieCacheStrategy;
import dev.betterauth.core.provider.ClientAuthentication;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of Better Auth for Spring Boot. These keys are a public contract.
 */
@ConfigurationProperties("better-auth")
public class BetterAuthProperties {

	/**
	 * Whether to enable Better Auth.
	 */
	private boolean enabled = true;

	/**
	 * Secret that signs cookies (and keys token encryption). At least 32 characters; also
	 * read from the BETTER_AUTH_SECRET environment variable.
	 */
	private String secret;

	/**
	 * Versioned secrets for rotation, newest first. When set, cookies are signed with the
	 * newest, tokens are encrypted with the newest (as $ba$<version>$...) and decrypted
	 * with the version they name; values written under the plain secret are still read
	 * with it.
	 */
	private List<Secret> secrets = new ArrayList<>();

	/**
	 * Public origin of the application, e.g. https://app.example.com. The redirect URI
	 * registered at each provider is base-url + base-path + /callback/{providerId}.
	 */
	private String baseUrl;

	/**
	 * Path under which the auth API is served.
	 */
	private String basePath = "/api/auth";

	/**
	 * Origins, besides base-url's, that callback URLs may point to. A host may start with
	 * "*." to trust its subdomains.
	 */
	private List<String> trustedOrigins = new ArrayList<>();

	/**
	 * Page failed sign-ins are sent to when a flow names no errorCallbackURL. Defaults to
	 * the built-in page at base-url + base-path + /error.
	 */
	private String errorUrl;

	private final Session session = new Session();

	private final Schema schema = new Schema();

	private final Http http = new Http();

	private final Account account = new Account();

	private final Limits limits = new Limits();

	private final Advanced advanced = new Advanced();

	private final User user = new User();

	private final RateLimit rateLimit = new RateLimit();

	private final Cleanup cleanup = new Cleanup();

	/**
	 * Secondary storage for sessions, flow state and rate-limit counters, as Better
	 * Auth's secondaryStorage: none, or redis (Spring Data Redis's StringRedisTemplate).
	 */
	private SecondaryStorage secondaryStorage = SecondaryStorage.NONE;

	private final Redis redis = new Redis();

	private final Health health = new Health();

	/**
	 * OAuth 2.0 and OpenID Connect providers, by id.
	 */
	private Map<String, Provider> providers = new LinkedHashMap<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public SecondaryStorage getSecondaryStorage() {
		return this.secondaryStorage;
	}

	public void setSecondaryStorage(SecondaryStorage secondaryStorage) {
		this.secondaryStorage = secondaryStorage;
	}

	public Redis getRedis() {
		return this.redis;
	}

	public Health getHealth() {
		return this.health;
	}

	/**
	 * Actuator health of Better Auth.
	 */
	public static class Health {

		/**
		 * How often each OpenID provider's discovery document and key set are fetched for
		 * the health endpoint; probes in between see the last result.
		 */
		private Duration providerCheckInterval = Duration.ofMinutes(5);

		public Duration getProviderCheckInterval() {
			return this.providerCheckInterval;
		}

		public void setProviderCheckInterval(Duration providerCheckInterval) {
			this.providerCheckInterval = providerCheckInterval;
		}

	}

	/**
	 * Kinds of secondary storage.
	 */
	public enum SecondaryStorage {

		/** Everything in the database. */
		NONE,

		/** Redis, through Spring Data Redis. */
		REDIS

	}

	/**
	 * Redis as secondary storage.
	 */
	public static class Redis {

		/**
		 * Prefix of every key, as @better-auth/redis-storage's keyPrefix: keep it the
		 * same as a Node Better Auth sharing the Redis.
		 */
		private String keyPrefix = "better-auth:";

		public String getKeyPrefix() {
			return this.keyPrefix;
		}

		public void setKeyPrefix(String keyPrefix) {
			this.keyPrefix = keyPrefix;
		}

	}

	public String getSecret() {
		return this.secret;
	}

	public void setSecret(String secret) {
		this.secret = secret;
	}

	public List<Secret> getSecrets() {
		return this.secrets;
	}

	public void setSecrets(List<Secret> secrets) {
		this.secrets = secrets;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public String getBasePath() {
		return this.basePath;
	}

	public void setBasePath(String basePath) {
		this.basePath = basePath;
	}

	public List<String> getTrustedOrigins() {
		return this.trustedOrigins;
	}

	public void setTrustedOrigins(List<String> trustedOrigins) {
		this.trustedOrigins = trustedOrigins;
	}

	public String getErrorUrl() {
		return this.errorUrl;
	}

	public void setErrorUrl(String errorUrl) {
		this.errorUrl = errorUrl;
	}

	public Session getSession() {
		return this.session;
	}

	public Schema getSchema() {
		return this.schema;
	}

	public Http getHttp() {
		return this.http;
	}

	public Account getAccount() {
		return this.account;
	}

	public Limits getLimits() {
		return this.limits;
	}

	public Advanced getAdvanced() {
		return this.advanced;
	}

	public User getUser() {
		return this.user;
	}

	public RateLimit getRateLimit() {
		return this.rateLimit;
	}

	public Cleanup getCleanup() {
		return this.cleanup;
	}

	public Map<String, Provider> getProviders() {
		return this.providers;
	}

	public void setProviders(Map<String, Provider> providers) {
		this.providers = providers;
	}

	/**
	 * A versioned secret.
	 */
	public static class Secret {

		/**
		 * Version number, written into encrypted values; never reuse one for another
		 * value.
		 */
		private Integer version;

		/**
		 * The secret, at least 32 characters.
		 */
		private String value;

		public Integer getVersion() {
			return this.version;
		}

		public void setVersion(Integer version) {
			this.version = version;
		}

		public String getValue() {
			return this.value;
		}

		public void setValue(String value) {
			this.value = value;
		}

	}

	/**
	 * Session lifetime.
	 */
	public static class Session {

		/**
		 * How long a session lives, and the max-age of its cookie.
		 */
		private Duration expiresIn = Duration.ofDays(7);

		/**
		 * How old a session's last extension may be before use extends it again.
		 */
		private Duration updateAge = Duration.ofDays(1);

		/**
		 * How recently a session must have been created for sensitive actions (revoking
		 * sessions, unlinking an account, deleting the user). 0 turns the check off.
		 */
		private Duration freshAge = Duration.ofDays(1);

		/**
		 * Store only a SHA-256 of each session token, so a leaked database holds no
		 * usable session. Off by default: a Node Better Auth sharing the database cannot
		 * read hashed sessions, and switching it on signs everyone out.
		 */
		private boolean hashTokens;

		/**
		 * With secondary storage, keep sessions in the database too (Better Auth's
		 * storeSessionInDatabase): reads come from storage and fall back to the database
		 * while storage is down. Off: sessions live only in storage.
		 */
		private boolean storeInDatabase = true;

		private final CookieCache cookieCache = new CookieCache();

		public boolean isStoreInDatabase() {
			return this.storeInDatabase;
		}

		public void setStoreInDatabase(boolean storeInDatabase) {
			this.storeInDatabase = storeInDatabase;
		}

		public CookieCache getCookieCache() {
			return this.cookieCache;
		}

		/**
		 * Better Auth's session cookie cache.
		 */
		public static class CookieCache {

			/**
			 * Whether get-session may answer from a signed session_data cookie without
			 * reading storage. A revoked session stays valid for up to max-age on devices
			 * holding such a cookie.
			 */
			private boolean enabled;

			/**
			 * How long a session_data cookie is trusted.
			 */
			private Duration maxAge = Duration.ofMinutes(5);

			/**
			 * How the cookie is written: compact (signed JSON), jwt (HS256) or jwe
			 * (encrypted).
			 */
			private CookieCacheStrategy strategy = CookieCacheStrategy.COMPACT;

			/**
			 * The cache version: changing it invalidates every cookie at once.
			 */
			private String version = "1";

			public boolean isEnabled() {
				return this.enabled;
			}

			public void setEnabled(boolean enabled) {
				this.enabled = enabled;
			}

			public Duration getMaxAge() {
				return this.maxAge;
			}

			public void setMaxAge(Duration maxAge) {
				this.maxAge = maxAge;
			}

			public CookieCacheStrategy getStrategy() {
				return this.strategy;
			}

			public void setStrategy(CookieCacheStrategy strategy) {
				this.strategy = strategy;
			}

			public String getVersion() {
				return this.version;
			}

			public void setVersion(String version) {
				this.version = version;
			}

		}

		public boolean isHashTokens() {
			return this.hashTokens;
		}

		public void setHashTokens(boolean hashTokens) {
			this.hashTokens = hashTokens;
		}

		public Duration getFreshAge() {
			return this.freshAge;
		}

		public void setFreshAge(Duration freshAge) {
			this.freshAge = freshAge;
		}

		public Duration getExpiresIn() {
			return this.expiresIn;
		}

		public void setExpiresIn(Duration expiresIn) {
			this.expiresIn = expiresIn;
		}

		public Duration getUpdateAge() {
			return this.updateAge;
		}

		public void setUpdateAge(Duration updateAge) {
			this.updateAge = updateAge;
		}

	}

	/**
	 * Schema migrations of the user, session, account and verification tables.
	 */
	public static class Schema {

		/**
		 * Whether to apply Better Auth's Flyway migrations at startup. Turn off when the
		 * schema is managed elsewhere.
		 */
		private boolean migrate = true;

		/**
		 * Flyway history table of Better Auth's migrations, kept apart from the
		 * application's own.
		 */
		private String historyTable = "better_auth_schema_history";

		public boolean isMigrate() {
			return this.migrate;
		}

		public void setMigrate(boolean migrate) {
			this.migrate = migrate;
		}

		public String getHistoryTable() {
			return this.historyTable;
		}

		public void setHistoryTable(String historyTable) {
			this.historyTable = historyTable;
		}

	}

	/**
	 * Calls to provider endpoints.
	 */
	public static class Http {

		/**
		 * Time allowed to connect to a provider endpoint.
		 */
		private Duration connectTimeout = Duration.ofSeconds(5);

		/**
		 * Time allowed for a provider endpoint to answer.
		 */
		private Duration readTimeout = Duration.ofSeconds(10);

		/**
		 * SSL bundle ({@code spring.ssl.bundle.*}) that provider endpoints are trusted
		 * with, for an identity provider behind a private CA. The JDK's default trust
		 * store when not set.
		 */
		private @Nullable String sslBundle;

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getReadTimeout() {
			return this.readTimeout;
		}

		public void setReadTimeout(Duration readTimeout) {
			this.readTimeout = readTimeout;
		}

		public @Nullable String getSslBundle() {
			return this.sslBundle;
		}

		public void setSslBundle(@Nullable String sslBundle) {
			this.sslBundle = sslBundle;
		}

	}

	/**
	 * The scheduled deletion of expired sessions and verification rows.
	 */
	public static class Cleanup {

		/**
		 * Whether expired sessions and verification rows are deleted on a schedule.
		 */
		private boolean enabled = true;

		/**
		 * Time between two runs.
		 */
		private Duration interval = Duration.ofHours(1);

		/**
		 * Rows deleted per statement.
		 */
		private int batchSize = 500;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getInterval() {
			return this.interval;
		}

		public void setInterval(Duration interval) {
			this.interval = interval;
		}

		public int getBatchSize() {
			return this.batchSize;
		}

		public void setBatchSize(int batchSize) {
			this.batchSize = batchSize;
		}

	}

	/**
	 * Better Auth's rate limiter for the auth API.
	 */
	public static class RateLimit {

		/**
		 * Whether auth API requests are rate limited (per client address and path).
		 */
		private boolean enabled = true;

		/**
		 * The default window.
		 */
		private Duration window = Duration.ofSeconds(10);

		/**
		 * Requests allowed per window on paths without a rule of their own (sign-in paths
		 * allow 3 per 10 s).
		 */
		private int max = 100;

		/**
		 * Where counters live: memory (this instance), database (Better Auth's rateLimit
		 * table, shared by every instance) or secondary-storage (Redis counters, shared).
		 * Default: secondary-storage when better-auth.secondary-storage is set, else
		 * memory.
		 */
		private @Nullable Storage storage;

		/**
		 * Rules by path under the base path ({@code *} matches anything), e.g.
		 * {@code [/sign-in/*]: {window: 60s, max: 5}}; the first that matches wins.
		 */
		private Map<String, Rule> customRules = new LinkedHashMap<>();

		/**
		 * Proxies (addresses or CIDR networks) whose X-Forwarded-For names the client;
		 * without them, the connection's address is the client.
		 */
		private List<String> trustedProxies = new ArrayList<>();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getWindow() {
			return this.window;
		}

		public void setWindow(Duration window) {
			this.window = window;
		}

		public int getMax() {
			return this.max;
		}

		public void setMax(int max) {
			this.max = max;
		}

		public @Nullable Storage getStorage() {
			return this.storage;
		}

		public void setStorage(@Nullable Storage storage) {
			this.storage = storage;
		}

		public Map<String, Rule> getCustomRules() {
			return this.customRules;
		}

		public void setCustomRules(Map<String, Rule> customRules) {
			this.customRules = customRules;
		}

		public List<String> getTrustedProxies() {
			return this.trustedProxies;
		}

		public void setTrustedProxies(List<String> trustedProxies) {
			this.trustedProxies = trustedProxies;
		}

		/**
		 * Where rate-limit counters live.
		 */
		public enum Storage {

			/** This instance's memory. */
			MEMORY,

			/** Better Auth's rateLimit table. */
			DATABASE,

			/**
			 * Counters in secondary storage ({@code INCR} with expiry: fixed windows).
			 */
			SECONDARY_STORAGE

		}

		/**
		 * One path's rule.
		 */
		public static class Rule {

			/**
			 * The window.
			 */
			private Duration window = Duration.ofSeconds(10);

			/**
			 * Requests allowed per window.
			 */
			private int max = 100;

			public Duration getWindow() {
				return this.window;
			}

			public void setWindow(Duration window) {
				this.window = window;
			}

			public int getMax() {
				return this.max;
			}

			public void setMax(int max) {
				this.max = max;
			}

		}

	}

	/**
	 * The user endpoints.
	 */
	public static class User {

		private final Delete delete = new Delete();

		public Delete getDelete() {
			return this.delete;
		}

		/**
		 * {@code POST /delete-user}.
		 */
		public static class Delete {

			/**
			 * Whether users may delete themselves (with their sessions and accounts); off
			 * as in Better Auth.
			 */
			private boolean enabled;

			public boolean isEnabled() {
				return this.enabled;
			}

			public void setEnabled(boolean enabled) {
				this.enabled = enabled;
			}

		}

	}

	/**
	 * Settings that weaken a protection, for local tooling only (as Better Auth's
	 * {@code advanced} options).
	 */
	public static class Advanced {

		/**
		 * Turn off the origin check (Better Auth's disableCSRFCheck): state-changing
		 * requests with cookies are then accepted from any origin. Never in production.
		 */
		private boolean disableOriginCheck;

		public boolean isDisableOriginCheck() {
			return this.disableOriginCheck;
		}

		public void setDisableOriginCheck(boolean disableOriginCheck) {
			this.disableOriginCheck = disableOriginCheck;
		}

	}

	/**
	 * What a request to the auth API may carry; checked before anything is stored.
	 */
	public static class Limits {

		/**
		 * Largest request body the auth API reads; larger ones are answered 413.
		 */
		private DataSize maxBodySize = DataSize.ofKilobytes(64);

		/**
		 * Most scopes a sign-in may request.
		 */
		private int maxScopes = 50;

		/**
		 * Longest scope a sign-in may request, in characters.
		 */
		private int maxScopeLength = 256;

		/**
		 * Most additionalParams a sign-in may send to the provider.
		 */
		private int maxAdditionalParams = 20;

		/**
		 * Longest additionalParams name, in characters.
		 */
		private int maxAdditionalParamNameLength = 64;

		/**
		 * Longest additionalParams value, in characters.
		 */
		private int maxAdditionalParamValueLength = 1024;

		/**
		 * Longest loginHint, in characters.
		 */
		private int maxLoginHintLength = 320;

		/**
		 * Longest callbackURL, errorCallbackURL or newUserCallbackURL, in characters.
		 */
		private int maxUrlLength = 2048;

		public DataSize getMaxBodySize() {
			return this.maxBodySize;
		}

		public void setMaxBodySize(DataSize maxBodySize) {
			this.maxBodySize = maxBodySize;
		}

		public int getMaxScopes() {
			return this.maxScopes;
		}

		public void setMaxScopes(int maxScopes) {
			this.maxScopes = maxScopes;
		}

		public int getMaxScopeLength() {
			return this.maxScopeLength;
		}

		public void setMaxScopeLength(int maxScopeLength) {
			this.maxScopeLength = maxScopeLength;
		}

		public int getMaxAdditionalParams() {
			return this.maxAdditionalParams;
		}

		public void setMaxAdditionalParams(int maxAdditionalParams) {
			this.maxAdditionalParams = maxAdditionalParams;
		}

		public int getMaxAdditionalParamNameLength() {
			return this.maxAdditionalParamNameLength;
		}

		public void setMaxAdditionalParamNameLength(int maxAdditionalParamNameLength) {
			this.maxAdditionalParamNameLength = maxAdditionalParamNameLength;
		}

		public int getMaxAdditionalParamValueLength() {
			return this.maxAdditionalParamValueLength;
		}

		public void setMaxAdditionalParamValueLength(int maxAdditionalParamValueLength) {
			this.maxAdditionalParamValueLength = maxAdditionalParamValueLength;
		}

		public int getMaxLoginHintLength() {
			return this.maxLoginHintLength;
		}

		public void setMaxLoginHintLength(int maxLoginHintLength) {
			this.maxLoginHintLength = maxLoginHintLength;
		}

		public int getMaxUrlLength() {
			return this.maxUrlLength;
		}

		public void setMaxUrlLength(int maxUrlLength) {
			this.maxUrlLength = maxUrlLength;
		}

	}

	/**
	 * Provider accounts.
	 */
	public static class Account {

		private final Linking linking = new Linking();

		/**
		 * Access tokens expiring within this margin are refreshed before they are handed
		 * out.
		 */
		private Duration refreshMargin = Duration.ofSeconds(5);

		/**
		 * Whether provider access and refresh tokens are encrypted at rest
		 * (XChaCha20-Poly1305, Better Auth's format). Turn off only to share plaintext
		 * rows with an older deployment.
		 */
		private boolean encryptOauthTokens = true;

		/**
		 * Whether id tokens are encrypted at rest too. Off by default, as Better Auth: an
		 * id token is a signed assertion, not a credential for APIs, and a Node Better
		 * Auth sharing the database hands it out as it is stored. Both forms are read.
		 */
		private boolean encryptIdToken;

		public boolean isEncryptIdToken() {
			return this.encryptIdToken;
		}

		public void setEncryptIdToken(boolean encryptIdToken) {
			this.encryptIdToken = encryptIdToken;
		}

		public Linking getLinking() {
			return this.linking;
		}

		public Duration getRefreshMargin() {
			return this.refreshMargin;
		}

		public void setRefreshMargin(Duration refreshMargin) {
			this.refreshMargin = refreshMargin;
		}

		public boolean isEncryptOauthTokens() {
			return this.encryptOauthTokens;
		}

		public void setEncryptOauthTokens(boolean encryptOauthTokens) {
			this.encryptOauthTokens = encryptOauthTokens;
		}

	}

	/**
	 * Account linking.
	 */
	public static class Linking {

		/**
		 * Whether provider accounts may be linked to existing users at all.
		 */
		private boolean enabled = true;

		/**
		 * Providers whose emails count as verified even without email_verified: true.
		 */
		private List<String> trustedProviders = new ArrayList<>();

		/**
		 * Whether linking by email also needs the local user's email to be verified.
		 * Blocks pre-registration account takeover (GHSA-g38m-r43w-p2q7).
		 */
		private boolean requireLocalEmailVerified = true;

		/**
		 * Whether sign-in never links by email; accounts are then linked only through
		 * /link-social.
		 */
		private boolean disableImplicitLinking = false;

		/**
		 * Whether linking copies the provider's name and image to the user (never the
		 * email).
		 */
		private boolean updateUserInfoOnLink = false;

		/**
		 * Whether /link-social may link an account whose email differs from the user's.
		 */
		private boolean allowDifferentEmails = false;

		/**
		 * Whether a user's last account may be unlinked.
		 */
		private boolean allowUnlinkingAll = false;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public List<String> getTrustedProviders() {
			return this.trustedProviders;
		}

		public void setTrustedProviders(List<String> trustedProviders) {
			this.trustedProviders = trustedProviders;
		}

		public boolean isRequireLocalEmailVerified() {
			return this.requireLocalEmailVerified;
		}

		public void setRequireLocalEmailVerified(boolean requireLocalEmailVerified) {
			this.requireLocalEmailVerified = requireLocalEmailVerified;
		}

		public boolean isDisableImplicitLinking() {
			return this.disableImplicitLinking;
		}

		public void setDisableImplicitLinking(boolean disableImplicitLinking) {
			this.disableImplicitLinking = disableImplicitLinking;
		}

		public boolean isUpdateUserInfoOnLink() {
			return this.updateUserInfoOnLink;
		}

		public void setUpdateUserInfoOnLink(boolean updateUserInfoOnLink) {
			this.updateUserInfoOnLink = updateUserInfoOnLink;
		}

		public boolean isAllowDifferentEmails() {
			return this.allowDifferentEmails;
		}

		public void setAllowDifferentEmails(boolean allowDifferentEmails) {
			this.allowDifferentEmails = allowDifferentEmails;
		}

		public boolean isAllowUnlinkingAll() {
			return this.allowUnlinkingAll;
		}

		public void setAllowUnlinkingAll(boolean allowUnlinkingAll) {
			this.allowUnlinkingAll = allowUnlinkingAll;
		}

	}

	/**
	 * An OAuth 2.0 or OpenID Connect provider.
	 */
	public static class Provider {

		/**
		 * Preset to configure this provider with, when the provider id is not itself a
		 * preset's name (for example a second GitHub app under another id). One of the
		 * presets listed in the README: apple, atlassian, auth0, cloudflare, cognito,
		 * discord, dropbox, facebook, figma, github, gitlab, google, huggingface, kakao,
		 * keycloak, kick, line, linear, linkedin, microsoft, microsoft-entra-id, naver,
		 * notion, okta, paybin, paypal, polar, railway, reddit, roblox, salesforce,
		 * slack, spotify, tiktok, twitch, twitter, vercel, vk, wechat, zoom.
		 */
		private String type;

		/**
		 * Whether to drop the preset's default scopes and request only the configured
		 * ones.
		 */
		private boolean disableDefaultScopes = false;

		/**
		 * Preset setting: the prompt parameter sent to the provider (google, microsoft,
		 * github, cognito and others that take one), such as select_account or consent.
		 */
		private String prompt;

		/**
		 * Preset setting (google): the Google Workspace domain users must belong to,
		 * checked on the verified id_token; * accepts any Workspace account.
		 */
		private String hd;

		/**
		 * Preset setting (google): offline to receive a refresh token, or online.
		 */
		private String accessType;

		/**
		 * Preset setting (microsoft, microsoft-entra-id): the Entra ID tenant: common
		 * (default for microsoft), organizations, consumers or a tenant id.
		 */
		private String tenantId;

		/**
		 * Preset setting (microsoft): the login authority,
		 * https://login.microsoftonline.com by default (a ciamlogin.com authority for
		 * External ID).
		 */
		private String authority;

		/**
		 * Preset setting (microsoft): whether not to read the profile photo from
		 * Microsoft Graph.
		 */
		private Boolean disableProfilePhoto;

		/**
		 * Preset setting (apple): the Apple developer team id, used with key-id and
		 * private-key to generate the client secret.
		 */
		private String teamId;

		/**
		 * Preset setting (apple): the id of the Sign in with Apple private key.
		 */
		private String keyId;

		/**
		 * Preset setting (apple): the Sign in with Apple private key, the PEM text of the
		 * .p8 file (or set client-secret to a generated secret instead).
		 */
		private String privateKey;

		/**
		 * Preset setting (apple): the iOS app's bundle identifier, accepted as id_token
		 * audience for native sign-in.
		 */
		private String appBundleIdentifier;

		/**
		 * Preset setting (salesforce): the My Domain host to sign in at, such as
		 * mycompany.my.salesforce.com.
		 */
		private String loginUrl;

		/**
		 * Preset setting (paypal, salesforce): whether to use the provider's sandbox
		 * environment.
		 */
		private Boolean sandbox;

		/**
		 * Preset setting (auth0, okta, cognito, cloudflare): the provider's domain, such
		 * as example.us.auth0.com or the Cognito hosted UI domain.
		 */
		private String domain;

		/**
		 * Preset setting (cognito): the AWS region of the user pool, such as us-east-1.
		 */
		private String region;

		/**
		 * Preset setting (cognito): the user pool id, such as us-east-1_Example.
		 */
		private String userPoolId;

		/**
		 * Preset setting (cognito): the identity provider to send users to, such as
		 * Google.
		 */
		private String identityProvider;

		/**
		 * Preset setting (facebook): the Facebook Login for Business configuration id.
		 */
		private String configId;

		/**
		 * Client id registered at the provider.
		 */
		private String clientId;

		/**
		 * Client secret registered at the provider.
		 */
		private String clientSecret;

		/**
		 * Authorization endpoint. Read from discovery when discovery-url or issuer is
		 * set.
		 */
		private String authUrl;

		/**
		 * Token endpoint. Read from discovery when discovery-url or issuer is set.
		 */
		private String tokenUrl;

		/**
		 * Userinfo endpoint. Read from discovery when discovery-url or issuer is set.
		 */
		private String userInfoUrl;

		/**
		 * OpenID discovery document, e.g.
		 * https://accounts.example.com/.well-known/openid-configuration.
		 */
		private String discoveryUrl;

		/**
		 * OpenID issuer; discovery is read from issuer +
		 * /.well-known/openid-configuration when discovery-url is not set.
		 */
		private String issuer;

		/**
		 * The provider's JSON Web Key Set, for OpenID providers configured without
		 * discovery (auth-url, token-url and issuer): their id_tokens are then verified
		 * (signature, issuer, audience, expiry, nonce). With discovery it overrides the
		 * discovered jwks_uri.
		 */
		private String jwksUrl;

		/**
		 * Scopes always requested.
		 */
		private List<String> scopes = new ArrayList<>();

		/**
		 * Whether to send a PKCE (S256) challenge. Turn off only for providers that
		 * reject it. Defaults to the preset's choice, else true.
		 */
		private Boolean pkce;

		/**
		 * How the client authenticates at the token endpoint. Defaults to the preset's
		 * choice, else post.
		 */
		private ClientAuthentication authentication;

		/**
		 * Access token lifetime assumed when the token response has no expires_in.
		 */
		private Duration accessTokenExpiresIn;

		/**
		 * Whether no new users may sign up through this provider.
		 */
		private boolean disableSignUp = false;

		/**
		 * Whether new users may sign up through this provider only when the sign-in
		 * request says requestSignUp: true.
		 */
		private boolean disableImplicitSignUp = false;

		/**
		 * Whether every sign-in copies the provider's name and image to the user, and its
		 * email when the provider vouches for it.
		 */
		private boolean overrideUserInfoOnSignIn = false;

		public boolean isDisableSignUp() {
			return this.disableSignUp;
		}

		public void setDisableSignUp(boolean disableSignUp) {
			this.disableSignUp = disableSignUp;
		}

		public boolean isDisableImplicitSignUp() {
			return this.disableImplicitSignUp;
		}

		public void setDisableImplicitSignUp(boolean disableImplicitSignUp) {
			this.disableImplicitSignUp = disableImplicitSignUp;
		}

		public boolean isOverrideUserInfoOnSignIn() {
			return this.overrideUserInfoOnSignIn;
		}

		public void setOverrideUserInfoOnSignIn(boolean overrideUserInfoOnSignIn) {
			this.overrideUserInfoOnSignIn = overrideUserInfoOnSignIn;
		}

		public String getClientId() {
			return this.clientId;
		}

		public void setClientId(String clientId) {
			this.clientId = clientId;
		}

		public String getClientSecret() {
			return this.clientSecret;
		}

		public void setClientSecret(String clientSecret) {
			this.clientSecret = clientSecret;
		}

		public String getAuthUrl() {
			return this.authUrl;
		}

		public void setAuthUrl(String authUrl) {
			this.authUrl = authUrl;
		}

		public String getTokenUrl() {
			return this.tokenUrl;
		}

		public void setTokenUrl(String tokenUrl) {
			this.tokenUrl = tokenUrl;
		}

		public String getUserInfoUrl() {
			return this.userInfoUrl;
		}

		public void setUserInfoUrl(String userInfoUrl) {
			this.userInfoUrl = userInfoUrl;
		}

		public String getDiscoveryUrl() {
			return this.discoveryUrl;
		}

		public void setDiscoveryUrl(String discoveryUrl) {
			this.discoveryUrl = discoveryUrl;
		}

		public String getJwksUrl() {
			return this.jwksUrl;
		}

		public void setJwksUrl(String jwksUrl) {
			this.jwksUrl = jwksUrl;
		}

		public String getIssuer() {
			return this.issuer;
		}

		public void setIssuer(String issuer) {
			this.issuer = issuer;
		}

		public List<String> getScopes() {
			return this.scopes;
		}

		public void setScopes(List<String> scopes) {
			this.scopes = scopes;
		}

		public Boolean getPkce() {
			return this.pkce;
		}

		public void setPkce(Boolean pkce) {
			this.pkce = pkce;
		}

		public ClientAuthentication getAuthentication() {
			return this.authentication;
		}

		public void setAuthentication(ClientAuthentication authentication) {
			this.authentication = authentication;
		}

		public Duration getAccessTokenExpiresIn() {
			return this.accessTokenExpiresIn;
		}

		public void setAccessTokenExpiresIn(Duration accessTokenExpiresIn) {
			this.accessTokenExpiresIn = accessTokenExpiresIn;
		}

		public String getType() {
			return this.type;
		}

		public void setType(String type) {
			this.type = type;
		}

		public boolean isDisableDefaultScopes() {
			return this.disableDefaultScopes;
		}

		public void setDisableDefaultScopes(boolean disableDefaultScopes) {
			this.disableDefaultScopes = disableDefaultScopes;
		}

		public String getPrompt() {
			return this.prompt;
		}

		public void setPrompt(String prompt) {
			this.prompt = prompt;
		}

		public String getHd() {
			return this.hd;
		}

		public void setHd(String hd) {
			this.hd = hd;
		}

		public String getAccessType() {
			return this.accessType;
		}

		public void setAccessType(String accessType) {
			this.accessType = accessType;
		}

		public String getTenantId() {
			return this.tenantId;
		}

		public void setTenantId(String tenantId) {
			this.tenantId = tenantId;
		}

		public String getAuthority() {
			return this.authority;
		}

		public void setAuthority(String authority) {
			this.authority = authority;
		}

		public Boolean getDisableProfilePhoto() {
			return this.disableProfilePhoto;
		}

		public void setDisableProfilePhoto(Boolean disableProfilePhoto) {
			this.disableProfilePhoto = disableProfilePhoto;
		}

		public String getTeamId() {
			return this.teamId;
		}

		public void setTeamId(String teamId) {
			this.teamId = teamId;
		}

		public String getKeyId() {
			return this.keyId;
		}

		public void setKeyId(String keyId) {
			this.keyId = keyId;
		}

		public String getPrivateKey() {
			return this.privateKey;
		}

		public void setPrivateKey(String privateKey) {
			this.privateKey = privateKey;
		}

		public String getAppBundleIdentifier() {
			return this.appBundleIdentifier;
		}

		public void setAppBundleIdentifier(String appBundleIdentifier) {
			this.appBundleIdentifier = appBundleIdentifier;
		}

		public String getLoginUrl() {
			return this.loginUrl;
		}

		public void setLoginUrl(String loginUrl) {
			this.loginUrl = loginUrl;
		}

		public Boolean getSandbox() {
			return this.sandbox;
		}

		public void setSandbox(Boolean sandbox) {
			this.sandbox = sandbox;
		}

		public String getDomain() {
			return this.domain;
		}

		public void setDomain(String domain) {
			this.domain = domain;
		}

		public String getRegion() {
			return this.region;
		}

		public void setRegion(String region) {
			this.region = region;
		}

		public String getUserPoolId() {
			return this.userPoolId;
		}

		public void setUserPoolId(String userPoolId) {
			this.userPoolId = userPoolId;
		}

		public String getIdentityProvider() {
			return this.identityProvider;
		}

		public void setIdentityProvider(String identityProvider) {
			this.identityProvider = identityProvider;
		}

		public String getConfigId() {
			return this.configId;
		}

		public void setConfigId(String configId) {
			this.configId = configId;
		}

	}

}
