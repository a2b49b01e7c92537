package dev.betterauth.autoconfigure;

import dev.betterauth.core.crypto.TokenCipher;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CipherTokenCodecTests {

	private final TokenCipher cipher = new TokenCipher("codec-secret-0123456789abcdef0123456789");

	@Test
	void idTokensArePlainUnlessAskedAndEitherFormIsRead() {
		String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln";
		CipherTokenCodec plainIdTokens = new CipherTokenCodec(this.cipher, false);
		CipherTokenCodec sealedIdTokens = new CipherTokenCodec(this.cipher, true);
		assertThat(plainIdTokens.sealIdToken(jwt)).isEqualTo(jwt);
		String sealed = sealedIdTokens.sealIdToken(jwt);
		assertThat(sealed).isNotEqualTo(jwt).matches("[0-9a-f]+");
		assertThat(plainIdTokens.open(sealed)).isEqualTo(jwt);
		assertThat(sealedIdTokens.open(jwt)).isEqualTo(jwt);
		assertThat(plainIdTokens.seal("access")).as("access tokens are always sealed").isNotEqualTo("access");
	}

}
