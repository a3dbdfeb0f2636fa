package com.broadsheet.content;

import java.util.Locale;

/** The three ways articles are grouped. */
public enum TermKind {

	CATEGORY("category", "description"), TAG("tag", null), AUTHOR("author", "bio");

	final String table;

	/** Column holding the free text (description or bio); tags have none. */
	final String textColumn;

	TermKind(String table, String textColumn) {
		this.table = table;
		this.textColumn = textColumn;
	}

	/** Lower-case singular, for messages and URLs: "category". */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
