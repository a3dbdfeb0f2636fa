package com.broadsheet.admin;

import com.broadsheet.admin.view.TermList;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.content.Term;
import com.broadsheet.content.TermDraft;
import com.broadsheet.content.TermKind;
import com.broadsheet.content.TaxonomyInUse;
import com.broadsheet.content.TermNotFound;
import com.broadsheet.identity.Editor;
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

/**
 * Categories, tags and authors: {@code /admin/categories}, {@code /admin/tags},
 * {@code /admin/authors}.
 */
@Controller
class TermAdmin {

	private final Taxonomy taxonomy;

	private final AdminPages pages;

	TermAdmin(Taxonomy taxonomy, AdminPages pages) {
		this.taxonomy = taxonomy;
		this.pages = pages;
	}

	@GetMapping("/admin/{kinds:categories|tags|authors}")
	ResponseEntity<byte[]> list(@AuthenticationPrincipal Editor user, CsrfToken csrf, @PathVariable String kinds,
			@RequestParam(required = false) String done) {
		AdminPages.requireSiteManager(user);
		return page(user, csrf, kind(kinds), null, new TermDraft("", "", ""), null, HttpStatus.OK, notice(done));
	}

	@GetMapping("/admin/{kinds:categories|tags|authors}/{id}")
	ResponseEntity<byte[]> edit(@AuthenticationPrincipal Editor user, CsrfToken csrf, @PathVariable String kinds,
			@PathVariable long id) {
		AdminPages.requireSiteManager(user);
		TermKind kind = kind(kinds);
		Term term = taxonomy.get(kind, id);
		return page(user, csrf, kind, term, new TermDraft(term.name(), term.slug(), term.description()), null,
				HttpStatus.OK, null);
	}

	@PostMapping("/admin/{kinds:categories|tags|authors}")
	ResponseEntity<byte[]> create(@AuthenticationPrincipal Editor user, CsrfToken csrf, @PathVariable String kinds,
			@RequestParam(required = false) String name, @RequestParam(required = false) String slug,
			@RequestParam(required = false) String description) {
		AdminPages.requireSiteManager(user);
		TermKind kind = kind(kinds);
		TermDraft draft = new TermDraft(name, slug, description);
		try {
			taxonomy.create(kind, draft);
			return AdminPages.redirect("/admin/" + kinds + "?done=created");
		}
		catch (InvalidInput invalid) {
			return page(user, csrf, kind, null, draft, invalid, HttpStatus.UNPROCESSABLE_CONTENT, null);
		}
	}

	@PostMapping("/admin/{kinds:categories|tags|authors}/{id}")
	ResponseEntity<byte[]> update(@AuthenticationPrincipal Editor user, CsrfToken csrf, @PathVariable String kinds,
			@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String slug, @RequestParam(required = false) String description) {
		AdminPages.requireSiteManager(user);
		TermKind kind = kind(kinds);
		Term term = taxonomy.get(kind, id);
		TermDraft draft = new TermDraft(name, slug, description);
		try {
			taxonomy.update(kind, id, draft);
			return AdminPages.redirect("/admin/" + kinds + "?done=updated");
		}
		catch (InvalidInput invalid) {
			return page(user, csrf, kind, term, draft, invalid, HttpStatus.UNPROCESSABLE_CONTENT, null);
		}
	}

	@PostMapping("/admin/{kinds:categories|tags|authors}/{id}/delete")
	ResponseEntity<byte[]> delete(@AuthenticationPrincipal Editor user, CsrfToken csrf, @PathVariable String kinds,
			@PathVariable long id) {
		AdminPages.requireSiteManager(user);
		TermKind kind = kind(kinds);
		try {
			taxonomy.delete(kind, id);
		}
		catch (TaxonomyInUse inUse) {
			// Said on the list it was deleted from, not on the public error page.
			return page(user, csrf, kind, null, new TermDraft("", "", ""), null, HttpStatus.CONFLICT, null,
					inUse.getMessage());
		}
		return AdminPages.redirect("/admin/" + kinds + "?done=deleted");
	}

	private ResponseEntity<byte[]> page(Editor user, CsrfToken csrf, TermKind kind, Term editing, TermDraft draft,
			InvalidInput errors, HttpStatus status, String notice) {
		return page(user, csrf, kind, editing, draft, errors, status, notice, null);
	}

	private ResponseEntity<byte[]> page(Editor user, CsrfToken csrf, TermKind kind, Term editing, TermDraft draft,
			InvalidInput errors, HttpStatus status, String notice, String alert) {
		TermList model = new TermList(null, kind, taxonomy.list(kind), editing, draft, errors);
		String title = Character.toUpperCase(model.plural().charAt(0)) + model.plural().substring(1);
		model = new TermList(pages.chrome(user, csrf, model.plural(), title, notice).withAlert(alert), kind,
				model.terms(), editing, draft, errors);
		return pages.render(status, "admin/terms.jte", model);
	}

	private static TermKind kind(String plural) {
		return switch (plural) {
			case "categories" -> TermKind.CATEGORY;
			case "tags" -> TermKind.TAG;
			case "authors" -> TermKind.AUTHOR;
			default -> throw new TermNotFound(TermKind.CATEGORY, plural);
		};
	}

	private static String notice(String done) {
		return done == null ? null : switch (done) {
			case "created" -> "Created.";
			case "updated" -> "Saved.";
			case "deleted" -> "Deleted.";
			default -> null;
		};
	}

}
