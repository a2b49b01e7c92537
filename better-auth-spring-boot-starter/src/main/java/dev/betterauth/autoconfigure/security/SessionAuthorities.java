package dev.betterauth.autoconfigure.security;

import java.util.Collection;
import java.util.List;

import dev.betterauth.core.session.AuthSession;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authorities of a signed-in user, for {@code hasRole(...)} and
 * {@code @PreAuthorize}. Define a bean to give users the roles your application keeps; by
 * default every signed-in user has {@code ROLE_USER}.
 */
@FunctionalInterface
public interface SessionAuthorities {

	/** Every signed-in user has {@code ROLE_USER}. */
	SessionAuthorities USER = (session) -> List.of(new SimpleGrantedAuthority("ROLE_USER"));

	/**
	 * The user's authorities.
	 * @param session the user and session
	 * @return the authorities
	 */
	Collection<? extends GrantedAuthority> authorities(AuthSession session);

}
