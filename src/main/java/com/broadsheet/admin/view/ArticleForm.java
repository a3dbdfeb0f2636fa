package com.broadsheet.admin.view;

import java.util.List;

import com.broadsheet.content.ArticleDraft;
import com.broadsheet.content.ArticlePaths;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Term;
import com.broadsheet.web.FieldProblem;
import com.broadsheet.web.Formats;
import com.broadsheet.web.InvalidInput;

/**
 * Model of {@code admin/article-form.jte}: a new or existing article being edited.
 *
 * @param article the stored article, or {@code null} while creating
 * @param draft what is in the form now
 * @param previewHtml sanitized preview of the body, or {@code null}
 * @param errors {@code null} unless the last submit was invalid
 * @param authorLocked whether the author is fixed (AUTHOR accounts)
 */
public record ArticleForm(AdminChrome chrome, ArticleView article, ArticleDraft draft, String scheduledAt,
		String previewHtml, InvalidInput errors, List<Term> categories, List<Term> authors, boolean authorLocked) {

	/**
	 * The article's public page under a query parameter that names this version
	 * ({@code ?v=<id>-<version>}). The page cache keys only on the parameters a route
	 * declares, so the server answers it like the plain URL, from its caches; the browser
	 * sees a new URL after every save and never shows the editor its own stale copy.
	 */
	public String viewOnSite() {
		return ArticlePaths.of(article.slug()) + "?v=" + article.id() + "-" + article.version();
	}

	public String action() {
		return article == null ? "/admin/articles" : "/admin/articles/" + article.id();
	}

	/**
	 * The first message for a field; a problem with one element of a list
	 * ({@code tags[2].<list element>}) counts as the list's.
	 */
	public String error(String field) {
		if (errors == null) {
			return null;
		}
		String exact = errors.messageFor(field);
		if (exact != null) {
			return exact;
		}
		return errors.problems()
			.stream()
			.filter(problem -> problem.field().startsWith(field + "["))
			.map(FieldProblem::message)
			.findFirst()
			.orElse(null);
	}

	public String tags() {
		return draft.tags() == null ? "" : String.join(", ", draft.tags());
	}

	public String value(String text) {
		return text == null ? "" : text;
	}

	public String status() {
		return article == null ? "New" : article.status().name();
	}

	public String scheduleSummary() {
		return article == null || article.scheduledAt() == null ? "" : Formats.dateTime(article.scheduledAt());
	}

}
