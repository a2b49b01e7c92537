package dev.betterauth.autoconfigure.security;

import java.util.Collection;

import dev.betterauth.core.session.AuthSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A request authenticated by a Better Auth session (cookie or bearer token). The
 * principal is the {@link AuthSession}, so {@code @AuthenticationPrincipal AuthSession}
 * works; its name is the user id. No credentials are kept.
 */
public final class BetterAuthAuthentication extends AbstractAuthenticationToken {

	private final AuthSession session;

	public BetterAuthAuthentication(AuthSession session, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.session = session;
		setAuthenticated(true);
	}

	@Override
	public AuthSession getPrincipal() {
		return this.session;
	}

	@Override
	public @Nullable Object getCredentials() {
		return null;
	}

	@Override
	public String getName() {
		return this.session.userId();
	}

}
