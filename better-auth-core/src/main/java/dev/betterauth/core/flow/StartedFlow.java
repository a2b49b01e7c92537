package dev.betterauth.core.flow;

/**
 * A started flow.
 *
 * @param authorizationUrl where to send the browser
 * @param state the state parameter, to be set in the signed state cookie
 */
public record StartedFlow(String authorizationUrl, String state) {
}
