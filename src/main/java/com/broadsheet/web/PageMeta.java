package com.broadsheet.web;

import java.time.Instant;

/**
 * What the HTML head of a public page says about it: title, description, canonical URL
 * and the Open Graph / Twitter card fields.
 *
 * @param siteName the publication's name
 * @param title the page title (without the site name)
 * @param description a one-sentence summary, may be empty
 * @param canonicalUrl absolute canonical URL
 * @param type Open Graph type: {@code website} or {@code article}
 * @param publishedAt publication time for articles, otherwise {@code null}
 * @param author author name for articles, otherwise {@code null}
 * @param indexable whether search engines may index the page
 * @param image absolute URL of the page's image for link previews, or {@code null}
 */
public record PageMeta(String siteName, String title, String description, String canonicalUrl, String type,
		Instant publishedAt, String author, boolean indexable, String image) {

	public static PageMeta website(SiteProperties site, String title, String description, String path) {
		return new PageMeta(site.name(), title, description, site.absolute(path), "website", null, null, true, null);
	}

	public static PageMeta article(SiteProperties site, String title, String description, String path,
			Instant publishedAt, String author) {
		return new PageMeta(site.name(), title, description, site.absolute(path), "article", publishedAt, author, true,
				null);
	}

	public PageMeta notIndexed() {
		return new PageMeta(siteName, title, description, canonicalUrl, type, publishedAt, author, false, image);
	}

	public PageMeta withImage(String absoluteUrl) {
		return new PageMeta(siteName, title, description, canonicalUrl, type, publishedAt, author, indexable,
				absoluteUrl);
	}

	public String fullTitle() {
		return title.equals(siteName) ? siteName : title + " · " + siteName;
	}

}
