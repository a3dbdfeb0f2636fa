package com.broadsheet.admin.view;

import com.broadsheet.identity.Editor;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every admin page needs around its content: who is signed in, the CSRF token for
 * its forms, and which section is active.
 *
 * @param notice a one-line confirmation to show ("Saved."), or {@code null}
 * @param alert why the last action was refused, or {@code null}
 * @param siteLink the "View site" link: the blog index under a query parameter new on
 * every admin page ({@code /?v=…}), which the page cache ignores and the browser does
 * not, so an editor never gets the index from their own browser's cache after a change
 */
public record AdminChrome(String siteName, Editor editor, CsrfToken csrf, String section, String title, String notice,
		String alert, String siteLink) {

	/** The same chrome, saying why the last action was refused. */
	public AdminChrome withAlert(String alert) {
		return new AdminChrome(siteName, editor, csrf, section, title, notice, alert, siteLink);
	}

	public boolean active(String name) {
		return name.equals(section);
	}

}
