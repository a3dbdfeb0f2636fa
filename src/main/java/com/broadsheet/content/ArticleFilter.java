package com.broadsheet.content;

/**
 * Narrows a listing of published articles; each part is a slug or {@code null}.
 */
public record ArticleFilter(String category, String tag, String author) {

	public static final ArticleFilter ALL = new ArticleFilter(null, null, null);

	public static ArticleFilter category(String slug) {
		return new ArticleFilter(slug, null, null);
	}

	public static ArticleFilter tag(String slug) {
		return new ArticleFilter(null, slug, null);
	}

	public static ArticleFilter author(String slug) {
		return new ArticleFilter(null, null, slug);
	}

}
