package com.broadsheet.admin;

import com.broadsheet.admin.view.AccountList;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.content.TermKind;
import com.broadsheet.identity.Accounts;
import com.broadsheet.identity.Editor;
import com.broadsheet.identity.NewAccount;
import com.broadsheet.identity.Role;
import com.broadsheet.web.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Editor accounts (admins only, enforced by the security rules). */
@Controller
class AccountAdmin {

	private final Accounts accounts;

	private final Taxonomy taxonomy;

	private final AdminPages pages;

	AccountAdmin(Accounts accounts, Taxonomy taxonomy, AdminPages pages) {
		this.accounts = accounts;
		this.taxonomy = taxonomy;
		this.pages = pages;
	}

	@GetMapping("/admin/users")
	ResponseEntity<byte[]> list(@AuthenticationPrincipal Editor user, CsrfToken csrf,
			@RequestParam(required = false) String done) {
		return page(user, csrf, new NewAccount("", "", "", Role.AUTHOR, ""), null, HttpStatus.OK,
				"created".equals(done) ? "Account created. It can sign in now." : null);
	}

	@PostMapping("/admin/users")
	ResponseEntity<byte[]> create(@AuthenticationPrincipal Editor user, CsrfToken csrf,
			@RequestParam(required = false) String email, @RequestParam(required = false) String displayName,
			@RequestParam(required = false) String password, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String authorSlug) {
		NewAccount account = new NewAccount(email, displayName, password, role, authorSlug);
		try {
			if (authorSlug != null && !authorSlug.isBlank() && taxonomy.find(TermKind.AUTHOR, authorSlug).isEmpty()) {
				throw InvalidInput.of("authorSlug", "No such author.");
			}
			accounts.create(account);
			return AdminPages.redirect("/admin/users?done=created");
		}
		catch (InvalidInput invalid) {
			NewAccount redisplay = new NewAccount(email, displayName, "", role, authorSlug);
			return page(user, csrf, redisplay, invalid, HttpStatus.UNPROCESSABLE_CONTENT, null);
		}
	}

	private ResponseEntity<byte[]> page(Editor user, CsrfToken csrf, NewAccount draft, InvalidInput errors,
			HttpStatus status, String notice) {
		return pages.render(status, "admin/users.jte",
				new AccountList(pages.chrome(user, csrf, "users", "Accounts", notice), accounts.all(),
						taxonomy.list(TermKind.AUTHOR), draft, errors));
	}

}
