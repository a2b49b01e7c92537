package dev.betterauth.core.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * JavaScript's {@code encodeURIComponent} and {@code decodeURIComponent}, which Better
 * Auth uses for cookie values. {@link java.net.URLEncoder} differs (space as '+', '*' and
 * '~' encoded).
 */
public final class UriComponent {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private UriComponent() {
	}

	/**
	 * Percent-encodes all but {@code A-Z a-z 0-9 - _ . ! ~ * ' ( )}.
	 * @param value the text
	 * @return the encoded text
	 */
	public static String encode(String value) {
		StringBuilder out = new StringBuilder(value.length() + 16);
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if (isUnreserved(c)) {
				out.append((char) c);
			}
			else {
				out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
			}
		}
		return out.toString();
	}

	/**
	 * Decodes percent-escapes as UTF-8.
	 * @param value the encoded text
	 * @return the decoded text, or {@code null} when the escapes are malformed
	 */
	public static @Nullable String decode(String value) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '%') {
				if (i + 2 >= value.length()) {
					return null;
				}
				int hi = Character.digit(value.charAt(i + 1), 16);
				int lo = Character.digit(value.charAt(i + 2), 16);
				if (hi < 0 || lo < 0) {
					return null;
				}
				bytes.write((hi << 4) | lo);
				i += 2;
			}
			else if (c < 0x80) {
				bytes.write(c);
			}
			else {
				int codePoint = value.codePointAt(i);
				byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
				bytes.write(encoded, 0, encoded.length);
				i += Character.charCount(codePoint) - 1;
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static boolean isUnreserved(int c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
				|| c == '.' || c == '!' || c == '~' || c == '*' || c == '\'' || c == '(' || c == ')';
	}

}
