package dev.betterauth.sample;

import java.util.List;

import dev.betterauth.core.provider.OAuthProvider;
import dev.betterauth.core.provider.OAuthProviders;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists the configured provider ids, so the page can show a button for each.
 */
@RestController
class ProvidersController {

	private final OAuthProviders providers;

	ProvidersController(OAuthProviders providers) {
		this.providers = providers;
	}

	@GetMapping("/sample/providers")
	List<String> providers() {
		return this.providers.all().stream().map(OAuthProvider::id).toList();
	}

}
