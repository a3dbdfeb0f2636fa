package com.broadsheet.admin.view;

import com.broadsheet.content.ArticleStatus;
import com.broadsheet.content.ArticleView;
import com.broadsheet.web.ResultPage;

/**
 * Model of {@code admin/articles.jte}.
 *
 * @param status the status filter, or {@code null} for all
 */
public record ArticleList(AdminChrome chrome, ResultPage<ArticleView> articles, ArticleStatus status) {

	public String pageLink(int page) {
		return "/admin/articles?" + (status == null ? "" : "status=" + status.name() + "&") + "page=" + page;
	}

}
