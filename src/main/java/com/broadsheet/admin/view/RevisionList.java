package com.broadsheet.admin.view;

import java.util.List;

import com.broadsheet.content.ArticleRevision;
import com.broadsheet.content.ArticleView;
import com.broadsheet.web.Formats;

/** Model of {@code admin/revisions.jte}: an article's history, newest first. */
public record RevisionList(AdminChrome chrome, ArticleView article, List<ArticleRevision> revisions) {

	public String when(ArticleRevision revision) {
		return Formats.dateTime(revision.savedAt());
	}

	/** Whether this revision says what the article says now. */
	public boolean current(ArticleRevision revision) {
		return revision.title().equals(article.title()) && revision.summary().equals(article.summary())
				&& revision.bodyMarkdown().equals(article.bodyMarkdown());
	}

}
