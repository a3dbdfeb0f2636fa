package com.broadsheet.content;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Names of what a public response depends on, sent as the {@code Surrogate-Key} header:
 * the page cache and CDNs purge by these names when the content behind them changes.
 * Every controller that renders public content declares its keys with these methods, and
 * the cache invalidation derives the same names from events, so they match by
 * construction.
 */
public final class SurrogateKeys {

	public static final String HEADER = "Surrogate-Key";

	/** Listings of articles: the index, and the JSON listing. */
	public static final String INDEX = "list-index";

	/** The Atom and RSS feeds. */
	public static final String FEEDS = "list-feeds";

	public static final String SITEMAP = "list-sitemap";

	/** Lists of categories, tags and authors with their counts. */
	public static final String TAXONOMY = "list-taxonomy";

	/** Pages whose content does not come from the database. */
	public static final String STATIC = "static";

	private SurrogateKeys() {
	}

	public static String article(String slug) {
		return "article-" + slug;
	}

	/** A category, tag or author: {@code category-architecture}. */
	public static String term(String kind, String slug) {
		return kind + "-" + slug;
	}

	public static String category(String slug) {
		return term("category", slug);
	}

	public static String tag(String slug) {
		return term("tag", slug);
	}

	public static String author(String slug) {
		return term("author", slug);
	}

	/** The header value: distinct keys separated by single spaces. */
	public static String header(Collection<String> keys) {
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
