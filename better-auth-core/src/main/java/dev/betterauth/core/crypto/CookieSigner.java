package dev.betterauth.core.crypto;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies cookie values exactly as better-call does: {@code value + "." +
 * base64(HMAC-SHA256(secret, value))}, standard base64 with padding.
 */
public final class CookieSigner {

	private static final String HMAC = "HmacSHA256";

	/** A base64 HMAC-SHA256 signature is always 44 characters ending in '='. */
	private static final int SIGNATURE_LENGTH = 44;

	/** Verified values remembered at most; beyond, the memory starts again. */
	private static final int MAX_REMEMBERED = 10_000;

	private final SecretKeySpec key;

	/**
	 * Cookie values already verified: a browser sends the same session cookie on every
	 * request, and only values whose signature matched get in.
	 */
	private final Map<String, String> verified = new ConcurrentHashMap<>();

	// Mac.getInstance and init cost more than the HMAC itself; get-session verifies on
	// every page load.
	private final ThreadLocal<Mac> macs;

	public CookieSigner(String secret) {
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	/**
	 * Signs a value.
	 * @param value the unsigned value
	 * @return {@code value.signature}, not yet percent-encoded
	 */
	public String sign(String value) {
		return value + "." + signature(value);
	}

	/**
	 * Verifies a signed value as read from a cookie (percent-decoded only when it
	 * contains '%', as better-call's reader does).
	 * @param cookieValue the raw cookie value
	 * @return the unsigned value when the signature matches
	 */
	public Optional<String> verify(String cookieValue) {
		if (cookieValue == null || cookieValue.isEmpty()) {
			return Optional.empty();
		}
		String known = this.verified.get(cookieValue);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<String> value = check(cookieValue);
		value.ifPresent((unsigned) -> {
			if (this.verified.size() >= MAX_REMEMBERED) {
				this.verified.clear();
			}
			this.verified.put(cookieValue, unsigned);
		});
		return value;
	}

	private Optional<String> check(String cookieValue) {
		String signed = (cookieValue.indexOf('%') >= 0) ? UriComponent.decode(cookieValue) : cookieValue;
		if (signed == null) {
			return Optional.empty();
		}
		int dot = signed.lastIndexOf('.');
		if (dot < 1) {
			return Optional.empty();
		}
		String value = signed.substring(0, dot);
		String signature = signed.substring(dot + 1);
		if (signature.length() != SIGNATURE_LENGTH || !signature.endsWith("=")) {
			return Optional.empty();
		}
		byte[] expected = signature(value).getBytes(StandardCharsets.US_ASCII);
		byte[] actual = signature.getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, actual) ? Optional.of(value) : Optional.empty();
	}

	/**
	 * The raw HMAC-SHA256 of a value under the secret (the compact session cookie cache
	 * signs with it too).
	 * @param value the value, as UTF-8
	 * @return the 32-byte MAC
	 */
	public byte[] mac(String value) {
		// doFinal resets the Mac for the next use on this thread.
		return this.macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
	}

	private String signature(String value) {
		return Base64.getEncoder().encodeToString(mac(value));
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(this.key);
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is required by every Java platform", ex);
		}
	}

}
