package com.broadsheet.admin.view;

import java.util.List;

import com.broadsheet.content.Term;
import com.broadsheet.content.TermDraft;
import com.broadsheet.content.TermKind;
import com.broadsheet.web.InvalidInput;

/**
 * Model of {@code admin/terms.jte}: categories, tags or authors, with the create or edit
 * form.
 *
 * @param editing the term being edited, or {@code null} for the create form
 */
public record TermList(AdminChrome chrome, TermKind kind, List<Term> terms, Term editing, TermDraft draft,
		InvalidInput errors) {

	public String path() {
		return "/admin/" + plural();
	}

	public String plural() {
		return switch (kind) {
			case CATEGORY -> "categories";
			case TAG -> "tags";
			case AUTHOR -> "authors";
		};
	}

	/** "a category", "a tag", "an author". */
	public String singular() {
		String label = kind.label();
		return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
	}

	public String formAction() {
		return editing == null ? path() : path() + "/" + editing.id();
	}

	public boolean hasText() {
		return kind != TermKind.TAG;
	}

	public String textLabel() {
		return kind == TermKind.AUTHOR ? "Bio" : "Description";
	}

	public String error(String field) {
		return errors == null ? null : errors.messageFor(field);
	}

	public String value(String text) {
		return text == null ? "" : text;
	}

}
