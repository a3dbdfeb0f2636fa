package com.broadsheet.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code Surrogate-Key} response header: the names of what a public response depends
 * on, separated by spaces, by which the page cache and CDNs purge it. The names
 * themselves belong to the module that owns the content.
 */
public final class SurrogateKeyHeader {

	public static final String NAME = "Surrogate-Key";

	private SurrogateKeyHeader() {
	}

	/** The header value: distinct keys separated by single spaces. */
	public static String of(Collection<String> keys) {
		return String.join(" ", new LinkedHashSet<>(keys));
	}

	public static Set<String> parse(String header) {
		Set<String> keys = new LinkedHashSet<>();
		if (header != null) {
			for (String key : header.trim().split("\\s+")) {
				if (!key.isEmpty()) {
					keys.add(key);
				}
			}
		}
		return keys;
	}

}
