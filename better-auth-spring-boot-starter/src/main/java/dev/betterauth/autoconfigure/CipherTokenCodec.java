package dev.betterauth.autoconfigure;

import dev.betterauth.core.account.TokenCodec;
import dev.betterauth.core.crypto.TokenCipher;

/**
 * Encrypts provider tokens at rest in Better Auth's format; rows left in plaintext by
 * older deployments are still read.
 */
final class CipherTokenCodec implements TokenCodec {

	private final TokenCipher cipher;

	CipherTokenCodec(TokenCipher cipher) {
		this.cipher = cipher;
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
