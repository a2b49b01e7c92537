package dev.betterauth.core.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.betterauth.core.BetterAuthException;
import dev.betterauth.core.Timestamps;
import dev.betterauth.core.session.SessionRecord;
import dev.betterauth.core.session.SessionService;
import dev.betterauth.core.token.AccessToken;
import dev.betterauth.core.token.AccessTokenService;
import dev.betterauth.core.token.AccountInfoService;
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
 * The only endpoints that hand out provider tokens: {@code POST /get-access-token},
 * {@code POST /refresh-token} and {@code GET /account-info}. Refresh tokens never leave
 * the server.
 */
@RestController
@RequestMapping("${better-auth.base-path:/api/auth}")
public class TokenController {

	private final AccessTokenService tokens;

	private final AccountInfoService accountInfo;

	private final CurrentSession currentSession;

	public TokenController(AccessTokenService tokens, AccountInfoService accountInfo, SessionService sessions,
			AuthCookies cookies) {
		this.tokens = tokens;
		this.accountInfo = accountInfo;
		this.currentSession = new CurrentSession(sessions, cookies);
	}

	@PostMapping(path = "/get-access-token", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> getAccessToken(HttpServletRequest request, HttpServletResponse response,
			@RequestBody(required = false) String json) {
		SessionRecord session = this.currentSession.require(request, response);
		String accountId = accountId(session, WireJson.read(json, TokenBody.class));
		AccessToken token = this.tokens.getByAccountId(session.userId(), accountId);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("accessToken", token.accessToken());
		body.put("accessTokenExpiresAt", Timestamps.format(token.accessTokenExpiresAt()));
		body.put("scopes", token.scopes());
		body.put("idToken", token.idToken());
		return noStore(body);
	}

	@PostMapping(path = "/refresh-token", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> refreshToken(HttpServletRequest request, HttpServletResponse response,
			@RequestBody(required = false) String json) {
		SessionRecord session = this.currentSession.require(request, response);
		String accountId = accountId(session, WireJson.read(json, TokenBody.class));
		AccessTokenService.RefreshedToken refreshed = this.tokens.refresh(session.userId(), accountId);
		AccessToken token = refreshed.token();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("accessToken", token.accessToken());
		// Better Auth returns the provider's refresh token here; it stays on the server
		// instead.
		body.put("refreshToken", null);
		body.put("accessTokenExpiresAt", Timestamps.format(token.accessTokenExpiresAt()));
		body.put("refreshTokenExpiresAt", Timestamps.format(refreshed.refreshTokenExpiresAt()));
		body.put("scope", String.join(",", token.scopes()));
		body.put("idToken", token.idToken());
		body.put("providerId", token.providerId());
		body.put("accountId", token.accountId());
		return noStore(body);
	}

	@GetMapping(path = "/account-info", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> accountInfo(HttpServletRequest request, HttpServletResponse response) {
		SessionRecord session = this.currentSession.require(request, response);
		String accountId = request.getParameter("accountId");
		if (accountId == null || accountId.isBlank()) {
			accountId = this.tokens.onlyAccountId(session.userId());
		}
		AccountInfoService.AccountInfo info = this.accountInfo.info(session.userId(), accountId);
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("id", info.user().id());
		user.put("name", info.user().name());
		user.put("email", info.user().email());
		user.put("image", info.user().image());
		user.put("emailVerified", info.user().emailVerified());
		Map<String, Object> account = new LinkedHashMap<>();
		account.put("id", info.token().accountId());
		account.put("providerId", info.token().providerId());
		account.put("accountId", info.user().id());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("user", user);
		body.put("data", info.user().profile());
		body.put("account", account);
		return noStore(body);
	}

	private String accountId(SessionRecord session, TokenBody body) {
		if (body != null && body.accountId() != null && !body.accountId().isBlank()) {
			return body.accountId();
		}
		if (body != null && Boolean.TRUE.equals(body.useAccountCookie())) {
			// No account cookie is kept: the user's only account is meant.
			return this.tokens.onlyAccountId(session.userId());
		}
		throw BetterAuthException.validation("accountId", "Invalid input");
	}

	private static ResponseEntity<String> noStore(Object body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(WireJson.write(body));
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TokenBody(String accountId, Boolean useAccountCookie, String providerId) {
	}

}
