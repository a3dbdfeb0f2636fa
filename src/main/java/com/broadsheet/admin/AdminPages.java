package com.broadsheet.admin;

import java.time.Clock;

import com.broadsheet.admin.view.AdminChrome;
import com.broadsheet.content.Actor;
import com.broadsheet.identity.Editor;
import com.broadsheet.web.SiteProperties;
import com.broadsheet.web.Templates;

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

	private final Clock clock;

	AdminPages(Templates templates, SiteProperties site, Clock clock) {
		this.templates = templates;
		this.site = site;
		this.clock = clock;
	}

	AdminChrome chrome(Editor editor, CsrfToken csrf, String section, String title, String notice) {
		return new AdminChrome(site.name(), editor, csrf, section, title, notice, null, "/?v=" + clock.millis());
	}

	ResponseEntity<byte[]> render(String template, Object model) {
		return render(HttpStatus.OK, template, model);
	}

	/**
	 * Admin pages are personal: the security rules mark every response behind a sign-in
	 * {@code private, no-store}.
	 */
	ResponseEntity<byte[]> render(HttpStatusCode status, String template, Object model) {
		return templates.page(status, template, model);
	}

	static ResponseEntity<byte[]> redirect(String location) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", location).build();
	}

	static void requireSiteManager(Editor editor) {
		if (!editor.mayManageSite()) {
			throw new AccessDeniedException("Only editors and admins may do this.");
		}
	}

	/** The signed-in person as the content rules see them. */
	static Actor actor(Editor editor) {
		return new Actor(editor.id(), editor.displayName(), editor.authorSlug(), editor.mayManageSite());
	}

}
