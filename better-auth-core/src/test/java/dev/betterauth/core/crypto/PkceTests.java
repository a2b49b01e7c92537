package dev.betterauth.core.crypto;

import dev.betterauth.core.Vectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PkceTests {

	@Test
	void rfc7636AppendixBVector() {
		assertThat(Pkce.s256Challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
			.isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
	}

	@Test
	void matchesEveryBetterAuthVector() {
		JsonNode cases = Vectors.root().get("pkce");
		assertThat(cases.size()).isEqualTo(5);
		for (JsonNode vector : cases) {
			assertThat(Pkce.s256Challenge(vector.get("verifier").asString())).as(vector.get("id").asString())
				.isEqualTo(vector.get("challenge").asString());
		}
	}

	@Test
	void verifiersAre128UnreservedCharactersAndDiffer() {
		String first = Pkce.newVerifier();
		assertThat(first).hasSize(128).matches("[A-Za-z0-9]+");
		assertThat(Pkce.newVerifier()).isNotEqualTo(first);
		assertThat(Pkce.s256Challenge(first)).hasSize(43).matches("[A-Za-z0-9_-]+");
	}

	@Test
	void randomIdsAre32Alphanumerics() {
		assertThat(RandomStrings.id()).hasSize(32).matches("[A-Za-z0-9]+");
		assertThat(RandomStrings.alphanumeric(32)).isNotEqualTo(RandomStrings.alphanumeric(32));
	}

}
