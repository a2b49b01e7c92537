package dev.betterauth.core.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /error?error=<code>&error_description=...}: where failed sign-ins land when
 * the flow named no errorCallbackURL. The code is shown only if it matches
 * {@code [A-Za-z0-9_'-]+}; the description is HTML-escaped.
 */
@RestController
@RequestMapping("${better-auth.base-path:/api/auth}")
public class ErrorPageController {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_'-]{1,100}");

	private final ErrorExplanations explanations;

	public ErrorPageController(ErrorExplanations explanations) {
		this.explanations = explanations;
	}

	@GetMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> error(@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "error_description", required = false) String description) {
		String code = (error != null && CODE.matcher(error).matches()) ? error : "UNKNOWN";
		String explanation = this.explanations.html(code);
		StringBuilder page = new StringBuilder(2048);
		page.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
			.append("<title>Sign-in error: ")
			.append(HtmlUtils.htmlEscape(code))
			.append("</title><style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:3rem auto;")
			.append("padding:0 1rem;line-height:1.5;color:#1f2328}code{background:#f1f3f5;padding:.1rem .3rem;")
			.append("border-radius:4px}.detail{background:#fff4e5;border-left:4px solid #f59f00;padding:.5rem 1rem}")
			.append("</style></head><body><h1>Sign-in failed</h1><p>Error code: <code id=\"error-code\">")
			.append(HtmlUtils.htmlEscape(code))
			.append("</code></p>");
		if (description != null && !description.isBlank()) {
			page.append("<p class=\"detail\" id=\"error-description\">")
				.append(HtmlUtils.htmlEscape(description.length() > 500 ? description.substring(0, 500) : description))
				.append("</p>");
		}
		page.append(explanation).append("</body></html>");
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(page.toString());
	}

}
