package com.broadsheet.site.view;

import com.broadsheet.leads.LeadSubmission;
import com.broadsheet.web.InvalidInput;

/**
 * The lead form as rendered: where it posts, what was typed, and what was wrong.
 *
 * @param errors {@code null} when the form has not been submitted or was valid
 */
public record LeadForm(String action, LeadSubmission values, InvalidInput errors) {

	public static LeadForm blank(String action) {
		return new LeadForm(action, LeadSubmission.blank(), null);
	}

	public boolean hasErrors() {
		return errors != null;
	}

	/** The error for a field, or {@code null}. */
	public String error(String field) {
		return errors == null ? null : errors.messageFor(field);
	}

	public String value(String text) {
		return text == null ? "" : text;
	}

	/**
	 * When the form was rendered (ms since the epoch), for the minimum time to submit.
	 */
	public long renderedAt() {
		return System.currentTimeMillis();
	}

	public boolean consented() {
		return Boolean.TRUE.equals(values.consent());
	}

}
