package com.broadsheet.admin;

import com.broadsheet.admin.view.AdminChrome;
import com.broadsheet.identity.Editor;
import com.broadsheet.platform.SiteProperties;
import com.broadsheet.platform.Templates;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Shared plumbing of the admin controllers: page chrome, rendering, redirects, guards.
 */
@Component
class AdminPages {

	private final Templates templates;

	private final SiteProperties site;

	AdminPages(Templates templates, SiteProperties site) {
		this.templates = templates;
		this.site = site;
	}

	AdminChrome chrome(Editor editor, CsrfToken csrf, String section, String title, String notice) {
		return new AdminChrome(site.name(), editor, csrf, section, title, notice);
	}

	ResponseEntity<byte[]> render(String template, Object model) {
		return render(HttpStatus.OK, template, model);
	}

	/** Admin pages are personal: never stored by a browser or shared cache. */
	ResponseEntity<byte[]> render(HttpStatusCode status, String template, Object model) {
		ResponseEntity<byte[]> page = templates.page(status, template, model);
		return ResponseEntity.status(page.getStatusCode())
			.headers(page.getHeaders())
			.header("Cache-Control", "private, no-store")
			.body(page.getBody());
	}

	static ResponseEntity<byte[]> redirect(String location) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", location).build();
	}

	static void requireSiteManager(Editor editor) {
		if (!editor.mayManageSite()) {
			throw new AccessDeniedException("Only editors and admins may do this.");
		}
	}

	static void requireMayEdit(Editor editor, String articleAuthor) {
		if (!editor.mayEditArticleBy(articleAuthor)) {
			throw new AccessDeniedException("Authors may only change their own articles.");
		}
	}

}
