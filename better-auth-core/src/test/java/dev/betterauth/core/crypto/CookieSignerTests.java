package dev.betterauth.core.crypto;

import dev.betterauth.core.Vectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CookieSignerTests {

	@Test
	void signsAndEncodesExactlyAsBetterAuth() {
		JsonNode cases = Vectors.root().get("signed_cookies").get("cases");
		assertThat(cases.size()).isEqualTo(8);
		for (JsonNode vector : cases) {
			String id = vector.get("id").asString();
			CookieSigner signer = new CookieSigner(vector.get("secret").asString());
			String signed = signer.sign(vector.get("value").asString());
			assertThat(signed).as(id).isEqualTo(vector.get("signed_value").asString());
			assertThat(UriComponent.encode(signed)).as(id).isEqualTo(vector.get("cookie_value").asString());
			assertThat(signer.verify(vector.get("cookie_value").asString())).as(id)
				.contains(vector.get("value").asString());
		}
	}

	@Test
	void readsCookiesAsBetterCallDoes() {
		JsonNode cases = Vectors.root().get("signed_cookies").get("read_path_cases");
		assertThat(cases.size()).isEqualTo(6);
		for (JsonNode vector : cases) {
			String id = vector.get("id").asString();
			CookieSigner signer = new CookieSigner(vector.get("secret").asString());
			JsonNode expected = vector.get("better_call_result");
			if (expected.isString()) {
				// Accepted: better-call returns the unsigned value.
				assertThat(signer.verify(vector.get("cookie_value").asString())).as(id).contains(expected.asString());
			}
			else {
				assertThat(signer.verify(vector.get("cookie_value").asString())).as(id).isEmpty();
			}
		}
	}

	@Test
	void rejectsForgeriesAndGarbage() {
		CookieSigner signer = new CookieSigner("0123456789abcdef0123456789abcdef");
		String signed = signer.sign("token");
		assertThat(signer.verify(signed)).contains("token");
		assertThat(signer.verify("tokeN" + signed.substring(5))).isEmpty();
		assertThat(new CookieSigner("another-secret-of-32-characters!!").verify(signed)).isEmpty();
		assertThat(signer.verify(null)).isEmpty();
		assertThat(signer.verify("")).isEmpty();
		assertThat(signer.verify("no-dot")).isEmpty();
		assertThat(signer.verify("%ZZ.bad")).isEmpty();
	}

	@Test
	void encodesLikeEncodeUriComponent() {
		assertThat(UriComponent.encode("a b+c/d=e:f$g!'()*~-_.")).isEqualTo("a%20b%2Bc%2Fd%3De%3Af%24g!'()*~-_.");
		assertThat(UriComponent.encode("é😀")).isEqualTo("%C3%A9%F0%9F%98%80");
		assertThat(UriComponent.decode("%C3%A9%F0%9F%98%80")).isEqualTo("é😀");
		assertThat(UriComponent.decode("😀%20x")).isEqualTo("😀 x");
		assertThat(UriComponent.decode("%E2%28")).isNull();
	}

}
