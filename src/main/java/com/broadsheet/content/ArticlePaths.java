package com.broadsheet.content;

/**
 * Where a published article lives on the site. Content owns its articles' address: the
 * site maps it, and feeds, the content API, e-mails and webhooks link to it through here.
 */
public final class ArticlePaths {

	/** The path pattern of an article page, as request mappings spell it. */
	public static final String PATTERN = "/blog/{slug}";

	/** What every article path starts with. */
	public static final String PREFIX = "/blog/";

	private ArticlePaths() {
	}

	/** The site-relative path of the article with this slug. */
	public static String of(String slug) {
		return PREFIX + slug;
	}

}
