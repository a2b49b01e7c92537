package dev.betterauth.core.cookiecache;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import com.google.crypto.tink.subtle.Hkdf;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import dev.betterauth.core.AuthJson;
import dev.betterauth.core.MutableClock;
import dev.betterauth.core.Vectors;
import dev.betterauth.core.crypto.CookieSigner;
import dev.betterauth.core.session.SessionRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCookieCacheTests {

	private static final String SECRET = "test-secret-0123456789abcdef0123456789abcdef";

	private static final Instant NOW = Instant.parse("2026-11-22T13:30:00Z");

	private static final SessionRecord SESSION = new SessionRecord("sid-1", "token-1", NOW.plus(Duration.ofDays(7)),
			NOW.minusSeconds(60), NOW.minusSeconds(60), "203.0.113.9", "Firefox", "uid-1", "Ada Lovelace",
			"ada@example.com", true, null, NOW.minusSeconds(3600), NOW.minusSeconds(3600));

	@Test
	void readsCompactCookiesMadeByBetterAuth() {
		JsonNode vectors = Vectors.root().get("session_cookie_cache_compact");
		assertThat(vectors.size()).isEqualTo(2);
		for (JsonNode vector : vectors) {
			String id = vector.get("id").asString();
			// The cookies expire 300 s after they were made: read them just before.
			Instant readAt = Instant.ofEpochMilli(vector.get("expires_at_ms").asLong() - 1_000);
			SessionCookieCache cache = cache(CookieCacheStrategy.COMPACT, vector.get("hmac_secret").asString(), readAt);
			Optional<CachedSession> cached = cache.read(vector.get("cookie_value").asString());
			assertThat(cached).as(id).isPresent();
			SessionRecord session = cached.get().session();
			JsonNode expected = vector.get("session");
			assertThat(session.id()).as(id).isEqualTo(expected.get("id").asString());
			assertThat(session.token()).as(id).isEqualTo(expected.get("token").asString());
			assertThat(session.userId()).as(id).isEqualTo(vector.get("user").get("id").asString());
			assertThat(session.userEmail()).as(id).isEqualTo(vector.get("user").get("email").asString());
			assertThat(session.expiresAt()).as(id).isEqualTo(Instant.parse(expected.get("expiresAt").asString()));
			assertThat(cached.get().expiresAt()).as(id)
				.isEqualTo(Instant.ofEpochMilli(vector.get("expires_at_ms").asLong()));
			// Past its max-age, or under another secret, it is not trusted.
			assertThat(cache(CookieCacheStrategy.COMPACT, vector.get("hmac_secret").asString(), readAt.plusSeconds(2))
				.read(vector.get("cookie_value").asString())).as(id).isEmpty();
			assertThat(cache(CookieCacheStrategy.COMPACT, SECRET + "-other", readAt)
				.read(vector.get("cookie_value").asString())).as(id).isEmpty();
		}
	}

	@Test
	void signsCompactCookiesAsBetterAuthDoes() {
		// The vector's own payload, signed again, gives Better Auth's signature.
		JsonNode vector = Vectors.root().get("session_cookie_cache_compact").get(0);
		CompactSessionCookieFormat format = new CompactSessionCookieFormat(
				new CookieSigner(vector.get("hmac_secret").asString()));
		JsonNode decoded = AuthJson.mapper().readTree(vector.get("decoded_json").asString());
		String value = format.seal((ObjectNode) decoded.get("session"),
				Instant.ofEpochMilli(vector.get("expires_at_ms").asLong()));
		assertThat(value).isEqualTo(vector.get("cookie_value").asString());
		String json = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
		assertThat(json).isEqualTo(vector.get("decoded_json").asString());
	}

	@Test
	void compactCookieRoundTripsAndRejectsTampering() {
		SessionCookieCache cache = cache(CookieCacheStrategy.COMPACT, SECRET, NOW);
		String value = cache.write(SESSION);
		CachedSession cached = cache.read(value).orElseThrow();
		assertThat(cached.session()).isEqualTo(SESSION);
		assertThat(cached.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
		String json = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
		String forged = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(json.replace("ada@example.com", "eve@example.com").getBytes(StandardCharsets.UTF_8));
		assertThat(cache.read(forged)).isEmpty();
		assertThat(cache.read("not base64 !")).isEmpty();
		assertThat(cache.read("")).isEmpty();
	}

	@Test
	void anotherVersionOrAnExpiredSessionIsIgnored() {
		for (CookieCacheStrategy strategy : CookieCacheStrategy.values()) {
			String value = cache(strategy, SECRET, NOW).write(SESSION);
			assertThat(new SessionCookieCache(strategy, SECRET, Duration.ofMinutes(5), "2", clock(NOW)).read(value))
				.as(strategy.name())
				.isEmpty();
			assertThat(cache(strategy, SECRET, NOW.plus(Duration.ofMinutes(5))).read(value)).as(strategy.name())
				.isEmpty();
			SessionRecord ending = new SessionRecord("sid-2", "token-2", NOW.plusSeconds(10), NOW, NOW, null, null,
					"uid-1", "Ada", "ada@example.com", false, null, NOW, NOW);
			String endingValue = cache(strategy, SECRET, NOW).write(ending);
			assertThat(cache(strategy, SECRET, NOW.plusSeconds(5)).read(endingValue)).as(strategy.name()).isPresent();
			assertThat(cache(strategy, SECRET, NOW.plusSeconds(11)).read(endingValue)).as(strategy.name()).isEmpty();
		}
	}

	@Test
	void aRememberedCookieStillExpires() {
		MutableClock clock = new MutableClock(NOW);
		SessionCookieCache cache = new SessionCookieCache(CookieCacheStrategy.COMPACT, SECRET, Duration.ofMinutes(5),
				"1", clock);
		String value = cache.write(SESSION);
		assertThat(cache.read(value)).isPresent();
		clock.advance(Duration.ofMinutes(4));
		assertThat(cache.read(value)).isPresent();
		clock.advance(Duration.ofMinutes(1));
		assertThat(cache.read(value)).isEmpty();
	}

	@Test
	void jwtIsAnHs256TokenUnderTheRawSecret() throws Exception {
		SessionCookieCache cache = cache(CookieCacheStrategy.JWT, SECRET, NOW);
		String value = cache.write(SESSION);
		JWSObject jwt = JWSObject.parse(value);
		assertThat(jwt.getHeader().toJSONObject()).containsOnlyKeys("alg").containsEntry("alg", "HS256");
		assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
		JsonNode claims = AuthJson.mapper().readTree(jwt.getPayload().toString());
		assertThat(claims.get("session").get("token").asString()).isEqualTo("token-1");
		assertThat(claims.get("user").get("email").asString()).isEqualTo("ada@example.com");
		assertThat(claims.get("version").asString()).isEqualTo("1");
		assertThat(claims.get("iat").asLong()).isEqualTo(NOW.getEpochSecond());
		assertThat(claims.get("exp").asLong()).isEqualTo(NOW.plusSeconds(300).getEpochSecond());
		assertThat(cache.read(value).orElseThrow().session()).isEqualTo(SESSION);
		assertThat(cache(CookieCacheStrategy.JWT, SECRET + "-other", NOW).read(value)).isEmpty();
		assertThat(cache(CookieCacheStrategy.COMPACT, SECRET, NOW).read(value)).isEmpty();
	}

	@Test
	void jweIsEncryptedUnderTheHkdfKeyBetterAuthDerives() throws Exception {
		SessionCookieCache cache = cache(CookieCacheStrategy.JWE, SECRET, NOW);
		String value = cache.write(SESSION);
		assertThat(value.split("\\.", -1)).hasSize(5);
		assertThat(value).doesNotContain("ada@example.com");
		byte[] key = Hkdf.computeHkdf("HMACSHA256", SECRET.getBytes(StandardCharsets.UTF_8),
				"better-auth-session".getBytes(StandardCharsets.UTF_8),
				"BetterAuth.js Generated Encryption Key".getBytes(StandardCharsets.UTF_8), 64);
		JWEObject jwe = JWEObject.parse(value);
		assertThat(jwe.getHeader().getAlgorithm().getName()).isEqualTo("dir");
		assertThat(jwe.getHeader().getEncryptionMethod().getName()).isEqualTo("A256CBC-HS512");
		assertThat(jwe.getHeader().getKeyID())
			.isEqualTo(new OctetSequenceKey.Builder(key).build().computeThumbprint().toString());
		jwe.decrypt(new DirectDecrypter(key));
		JsonNode claims = AuthJson.mapper().readTree(jwe.getPayload().toString());
		assertThat(claims.get("jti").asString()).hasSize(36);
		assertThat(claims.get("exp").asLong()).isEqualTo(NOW.plusSeconds(300).getEpochSecond());
		assertThat(cache.read(value).orElseThrow().session()).isEqualTo(SESSION);
		assertThat(cache(CookieCacheStrategy.JWE, SECRET + "-other", NOW).read(value)).isEmpty();
	}

	private static SessionCookieCache cache(CookieCacheStrategy strategy, String secret, Instant now) {
		return new SessionCookieCache(strategy, secret, Duration.ofMinutes(5), "1", clock(now));
	}

	private static Clock clock(Instant now) {
		return Clock.fixed(now, ZoneOffset.UTC);
	}

}
