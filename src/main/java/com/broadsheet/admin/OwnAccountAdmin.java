package com.broadsheet.admin;

import com.broadsheet.admin.view.AccountPage;
import com.broadsheet.identity.Accounts;
import com.broadsheet.identity.Editor;
import com.broadsheet.identity.Sessions;
import com.broadsheet.web.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in editor's own account: change the password (which signs out every other
 * session and gives this one a new id), and sign out everywhere.
 */
@Controller
class OwnAccountAdmin {

	private final Accounts accounts;

	private final Sessions sessions;

	private final AdminPages pages;

	OwnAccountAdmin(Accounts accounts, Sessions sessions, AdminPages pages) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.pages = pages;
	}

	@GetMapping("/admin/account")
	ResponseEntity<byte[]> page(@AuthenticationPrincipal Editor user, CsrfToken csrf,
			@RequestParam(required = false) String changed) {
		return page(user, csrf, changed != null ? "Password changed; every other session was signed out." : null, null,
				HttpStatus.OK);
	}

	@PostMapping("/admin/account/password")
	ResponseEntity<byte[]> changePassword(@AuthenticationPrincipal Editor user, CsrfToken csrf,
			HttpServletRequest request, @RequestParam(required = false) String current,
			@RequestParam(required = false) String password, @RequestParam(required = false) String confirmation) {
		try {
			accounts.changePassword(user.id(), current, password, confirmation);
		}
		catch (InvalidInput invalid) {
			return page(user, csrf, null, invalid, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		// Spring Session stores the new id when the request ends: keep both ids alive.
		String before = request.getSession().getId();
		String after = request.changeSessionId();
		sessions.signOut(user.email(), java.util.Set.of(before, after));
		return AdminPages.redirect("/admin/account?changed");
	}

	@PostMapping("/admin/account/sign-out-everywhere")
	ResponseEntity<byte[]> signOutEverywhere(@AuthenticationPrincipal Editor user, HttpServletRequest request) {
		sessions.signOut(user.email(), java.util.Set.of());
		HttpSession current = request.getSession(false);
		if (current != null) {
			current.invalidate();
		}
		SecurityContextHolder.clearContext();
		return AdminPages.redirect("/login?signedOut");
	}

	private ResponseEntity<byte[]> page(Editor user, CsrfToken csrf, String notice, InvalidInput errors,
			HttpStatus status) {
		return pages.render(status, "admin/account.jte",
				new AccountPage(pages.chrome(user, csrf, "account", "Your account", notice), errors));
	}

}
