package com.broadsheet.site.view;

import java.util.List;

import com.broadsheet.content.ArticleDetail;
import com.broadsheet.content.ArticleSummary;
import com.broadsheet.web.PageMeta;

/** Model of {@code site/article.jte}. */
public record ArticlePage(PageMeta meta, ArticleDetail article, ShareLinks share, LeadForm form,
		List<ArticleSummary> related) {
}
