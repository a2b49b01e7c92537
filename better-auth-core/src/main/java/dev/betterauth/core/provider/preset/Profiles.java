package dev.betterauth.core.provider.preset;

import java.util.List;
import java.util.Map;

import dev.betterauth.core.provider.StandardUserInfoMapper;
import org.jspecify.annotations.Nullable;

/**
 * Reading provider JSON: nested members, text, flags.
 */
public final class Profiles {

	private Profiles() {
	}

	/**
	 * A member, following a path of object members and array indexes.
	 * @param root the JSON object
	 * @param path member names, or {@link Integer} indexes for arrays
	 * @return the value, or {@code null} when any step is missing
	 */
	public static @Nullable Object at(@Nullable Object root, Object... path) {
		Object current = root;
		for (Object step : path) {
			if (step instanceof Integer index && current instanceof List<?> list) {
				current = (index < list.size()) ? list.get(index) : null;
			}
			else if (current instanceof Map<?, ?> map) {
				current = map.get(step);
			}
			else {
				return null;
			}
		}
		return current;
	}

	/**
	 * A member as text (strings and whole numbers); blank is absent.
	 * @param root the JSON object
	 * @param path the member's path
	 * @return the text, or {@code null}
	 */
	public static @Nullable String text(@Nullable Object root, Object... path) {
		return StandardUserInfoMapper.text(at(root, path));
	}

	/**
	 * The first of several members that has text.
	 * @param root the JSON object
	 * @param names member names, tried in order
	 * @return the text, or {@code null}
	 */
	public static @Nullable String firstText(@Nullable Object root, String... names) {
		for (String name : names) {
			String text = text(root, name);
			if (text != null) {
				return text;
			}
		}
		return null;
	}

	/**
	 * Whether a member is {@code true} or {@code "true"}.
	 * @param root the JSON object
	 * @param path the member's path
	 * @return whether it says yes
	 */
	public static boolean isTrue(@Nullable Object root, Object... path) {
		return StandardUserInfoMapper.isTrue(at(root, path));
	}

	/**
	 * A member as a JSON object.
	 * @param root the JSON object
	 * @param path the member's path
	 * @return the object, empty when absent
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> object(@Nullable Object root, Object... path) {
		Object value = at(root, path);
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

}
