package dev.betterauth.core.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /ok}: {@code {"ok": true}}, for health checks.
 */
@RestController
@RequestMapping("${better-auth.base-path:/api/auth}")
public class OkController {

	@GetMapping(path = "/ok", produces = MediaType.APPLICATION_JSON_VALUE)
	String ok() {
		return "{\"ok\":true}";
	}

}
