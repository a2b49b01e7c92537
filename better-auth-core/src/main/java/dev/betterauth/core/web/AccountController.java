package dev.betterauth.core.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.Timestamps;
import dev.betterauth.core.account.AccountService;
import dev.betterauth.core.flow.AuthorizationRequest;
import dev.betterauth.core.flow.SocialSignIn;
import dev.betterauth.core.flow.StartedFlow;
import dev.betterauth.core.session.SessionRecord;
import dev.betterauth.core.session.SessionService;
import dev.betterauth.core.signin.LinkIntent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A signed-in user's accounts: {@code POST /link-social}, {@code GET /list-accounts},
 * {@code POST /unlink-account}.
 */
@RestController
@RequestMapping("${better-auth.base-path:/api/auth}")
public class AccountController {

	private final SocialSignIn signIn;

	private final AccountService accounts;

	private final CurrentSession currentSession;

	private final AuthCookies cookies;

	public AccountController(SocialSignIn signIn, AccountService accounts, SessionService sessions,
			AuthCookies cookies) {
		this.signIn = signIn;
		this.accounts = accounts;
		this.currentSession = new CurrentSession(sessions, cookies);
		this.cookies = cookies;
	}

	@PostMapping(path = "/link-social", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> linkSocial(HttpServletRequest request, HttpServletResponse response,
			@RequestBody(required = false) String json) {
		SessionRecord session = this.currentSession.require(request, response);
		LinkBody body = WireJson.read(json, LinkBody.class);
		if (body == null) {
			throw BetterAuthException.validation("provider", "Invalid input");
		}
		StartedFlow flow = this.signIn.start(new AuthorizationRequest(body.provider(), body.callbackURL(),
				body.errorCallbackURL(), null, BodyFields.scopes(body.scopes()), body.loginHint(),
				BodyFields.additionalParams(body.additionalParams()), false,
				new LinkIntent(session.userId(), session.userEmail(), session.id())));
		return StartedFlowResponse.of(flow, body.disableRedirect(), this.cookies);
	}

	@GetMapping(path = "/list-accounts", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> listAccounts(HttpServletRequest request, HttpServletResponse response) {
		SessionRecord session = this.currentSession.require(request, response);
		List<AccountJson> body = this.accounts.list(session.userId())
			.stream()
			.map((a) -> new AccountJson(a.id(), a.providerId(), a.accountId(), a.userId(), a.scopes(),
					Timestamps.format(a.createdAt()), Timestamps.format(a.updatedAt())))
			.toList();
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(WireJson.write(body));
	}

	@PostMapping(path = "/unlink-account", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> unlinkAccount(HttpServletRequest request, HttpServletResponse response,
			@RequestBody(required = false) String json) {
		SessionRecord session = this.currentSession.requireFresh(request, response);
		UnlinkBody body = WireJson.read(json, UnlinkBody.class);
		if (body == null || body.accountId() == null || body.accountId().isBlank()) {
			throw BetterAuthException.validation("accountId", "Invalid input");
		}
		this.accounts.unlink(session.userId(), body.accountId());
		return ResponseEntity.ok().body("{\"status\":true}");
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record LinkBody(String provider, String callbackURL, String errorCallbackURL, List<String> scopes, String loginHint,
			Map<String, String> additionalParams, Boolean disableRedirect) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record UnlinkBody(String accountId, String providerId) {
	}

	@JsonPropertyOrder({ "id", "providerId", "accountId", "userId", "scopes", "createdAt", "updatedAt" })
	record AccountJson(String id, String providerId, String accountId, String userId, List<String> scopes,
			String createdAt, String updatedAt) {
	}

}
