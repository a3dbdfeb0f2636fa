package com.broadsheet.content;

/**
 * Where a published article lives on the site, and where its draft can be previewed.
 * Content owns its articles' addresses: the site maps them, and feeds, the content API,
 * e-mails, webhooks and preview links link to them through here.
 */
public final class ArticlePaths {

	/** The path pattern of an article page, as request mappings spell it. */
	public static final String PATTERN = "/blog/{slug}";

	/** What every article path starts with. */
	public static final String PREFIX = "/blog/";

	/**
	 * The path pattern of a shared draft preview. Deliberately outside {@link #PREFIX}:
	 * it is never a public route, so no cache ever keeps it.
	 */
	public static final String PREVIEW_PATTERN = "/preview/{token}";

	private ArticlePaths() {
	}

	/** The site-relative path of the article with this slug. */
	public static String of(String slug) {
		return PREFIX + slug;
	}

	/** The site-relative path of a signed preview link. */
	public static String preview(String token) {
		return "/preview/" + token;
	}

}
