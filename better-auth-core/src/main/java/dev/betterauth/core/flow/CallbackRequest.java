package dev.betterauth.core.flow;

import java.util.List;
import java.util.Map;

import dev.betterauth.core.session.ClientInfo;
import org.jspecify.annotations.Nullable;

/**
 * A provider's redirect back to {@code /callback/{providerId}}.
 *
 * @param providerId the provider id from the path
 * @param parameters the query (or form_post body) parameters, every value as received
 * @param stateCookie the state from the verified {@code better-auth.state} cookie, or
 * {@code null}
 * @param client the client, recorded on the new session
 */
public record CallbackRequest(String providerId, Map<String, List<String>> parameters, @Nullable String stateCookie,
		ClientInfo client) {
}
