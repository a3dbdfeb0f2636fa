package com.broadsheet.site.view;

import java.util.List;

import com.broadsheet.content.ArticleSummary;
import com.broadsheet.content.Term;
import com.broadsheet.web.PageMeta;
import com.broadsheet.web.ResultPage;

/**
 * Model of {@code site/listing.jte}: the index and every category, tag and author page.
 *
 * @param eyebrow small label above the heading ("Category"), or {@code null} on the index
 * @param categories filter links shown on the index; empty elsewhere
 * @param activeCategory the category filter in effect on the index, or {@code null}
 * @param pageLinkBase path plus query up to the page parameter, e.g.
 * {@code /?category=x&}
 */
public record ListingPage(PageMeta meta, String eyebrow, String heading, String intro,
		ResultPage<ArticleSummary> articles, List<Term> categories, String activeCategory, String pageLinkBase) {

	public String pageLink(int page) {
		if (page <= 1) {
			String base = pageLinkBase.substring(0, pageLinkBase.length() - 1);
			return base.isEmpty() ? "/" : base;
		}
		return pageLinkBase + "page=" + page;
	}

}
