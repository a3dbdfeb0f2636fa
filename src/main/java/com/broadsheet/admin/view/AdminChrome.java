package com.broadsheet.admin.view;

import com.broadsheet.identity.Editor;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every admin page needs around its content: who is signed in, the CSRF token for
 * its forms, and which section is active.
 *
 * @param notice a one-line confirmation to show ("Saved."), or {@code null}
 * @param alert why the last action was refused, or {@code null}
 */
public record AdminChrome(String siteName, Editor editor, CsrfToken csrf, String section, String title, String notice,
		String alert) {

	/** The same chrome, saying why the last action was refused. */
	public AdminChrome withAlert(String alert) {
		return new AdminChrome(siteName, editor, csrf, section, title, notice, alert);
	}

	public boolean active(String name) {
		return name.equals(section);
	}

}
