package com.broadsheet.identity;

import java.util.Locale;

/** What an Admin API token may do. */
public enum TokenScope {

	/** GET and HEAD only. */
	READ,

	/** Everything the token's account may do. */
	WRITE;

	String column() {
		return name().toLowerCase(Locale.ROOT);
	}

	static TokenScope of(String column) {
		return valueOf(column.toUpperCase(Locale.ROOT));
	}

	/** Parses a form or JSON value; {@code null} or blank means write. */
	public static TokenScope parse(String value) {
		if (value == null || value.isBlank()) {
			return WRITE;
		}
		try {
			return of(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw com.broadsheet.web.InvalidInput.of("scope", "Choose read or write.");
		}
	}

	boolean allows(String method) {
		return this == WRITE || "GET".equals(method) || "HEAD".equals(method);
	}

}
