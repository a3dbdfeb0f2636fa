package com.broadsheet.admin.view;

import java.util.List;

import com.broadsheet.content.ArticleRevision;
import com.broadsheet.content.ArticleView;
import com.broadsheet.web.Formats;

/**
 * Model of {@code admin/revision.jte}: one revision and how the article differs from it
 * now.
 *
 * @param bodyDiff from the revision's body to the current one; empty when equal
 */
public record RevisionPage(AdminChrome chrome, ArticleView article, ArticleRevision revision,
		List<TextDiff.Line> bodyDiff) {

	public String when() {
		return Formats.dateTime(revision.savedAt());
	}

	public boolean titleChanged() {
		return !revision.title().equals(article.title());
	}

	public boolean summaryChanged() {
		return !revision.summary().equals(article.summary());
	}

	public boolean identical() {
		return !titleChanged() && !summaryChanged() && bodyDiff.isEmpty();
	}

}
