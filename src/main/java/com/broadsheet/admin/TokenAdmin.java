package com.broadsheet.admin;

import com.broadsheet.admin.view.TokenList;
import com.broadsheet.identity.ApiTokens;
import com.broadsheet.identity.Editor;
import com.broadsheet.identity.IssuedToken;
import com.broadsheet.identity.TokenScope;
import com.broadsheet.web.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admin API tokens (admins only, enforced by the security rules). */
@Controller
class TokenAdmin {

	private final ApiTokens tokens;

	private final AdminPages pages;

	TokenAdmin(ApiTokens tokens, AdminPages pages) {
		this.tokens = tokens;
		this.pages = pages;
	}

	@GetMapping("/admin/tokens")
	ResponseEntity<byte[]> list(@AuthenticationPrincipal Editor user, CsrfToken csrf,
			@RequestParam(required = false) String done) {
		return page(user, csrf, null, null, HttpStatus.OK,
				"revoked".equals(done) ? "Token revoked: requests with it are refused from now on." : null);
	}

	/** Shows the new token's secret in the response itself, once; it is never stored. */
	@PostMapping("/admin/tokens")
	ResponseEntity<byte[]> issue(@AuthenticationPrincipal Editor user, CsrfToken csrf,
			@RequestParam(required = false) String name, @RequestParam(required = false) String scope) {
		try {
			return page(user, csrf, tokens.issue(user.id(), name, TokenScope.parse(scope)), null, HttpStatus.OK, null);
		}
		catch (InvalidInput invalid) {
			String error = invalid.messageFor("name") != null ? invalid.messageFor("name")
					: invalid.messageFor("scope");
			return page(user, csrf, null, error, HttpStatus.UNPROCESSABLE_CONTENT, null);
		}
	}

	@PostMapping("/admin/tokens/{id}/revoke")
	ResponseEntity<byte[]> revoke(@PathVariable long id) {
		tokens.revoke(id);
		return AdminPages.redirect("/admin/tokens?done=revoked");
	}

	private ResponseEntity<byte[]> page(Editor user, CsrfToken csrf, IssuedToken issued, String error,
			HttpStatus status, String notice) {
		return pages.render(status, "admin/tokens.jte",
				new TokenList(pages.chrome(user, csrf, "tokens", "API tokens", notice), tokens.all(), issued, error));
	}

}
