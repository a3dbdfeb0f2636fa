package com.broadsheet.site.view;

import com.broadsheet.web.PageMeta;

/**
 * Model of {@code site/thank-you.jte}.
 *
 * @param articleSlug where the visitor came from, or {@code null}
 */
public record ThankYouPage(PageMeta meta, String articleSlug, String articleTitle) {
}
