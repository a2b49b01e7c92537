package dev.betterauth.autoconfigure;

import dev.betterauth.core.account.TokenCodec;
import dev.betterauth.core.crypto.TokenCipher;
import org.jspecify.annotations.Nullable;

/**
 * Encrypts provider tokens at rest in Better Auth's format; rows left in plaintext by
 * older deployments are still read.
 */
final class CipherTokenCodec implements TokenCodec {

	private final TokenCipher cipher;

	private final boolean encryptIdTokens;

	CipherTokenCodec(TokenCipher cipher, boolean encryptIdTokens) {
		this.cipher = cipher;
		this.encryptIdTokens = encryptIdTokens;
	}

	@Override
	public @Nullable String sealIdToken(@Nullable String idToken) {
		// Plain by default, as Better Auth stores it; read back in either form.
		return this.encryptIdTokens ? seal(idToken) : idToken;
	}

	@Override
	public String seal(String token) {
		return (token != null) ? this.cipher.encrypt(token) : null;
	}

	@Override
	public String open(String stored) {
		return (stored != null) ? this.cipher.decrypt(stored) : null;
	}

}
