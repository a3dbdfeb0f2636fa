package com.broadsheet.admin.view;

import java.time.Instant;
import java.util.List;

import com.broadsheet.content.ArticleDraft;
import com.broadsheet.content.ArticlePaths;
import com.broadsheet.content.ArticleRevision;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.PendingDraft;
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
 * @param editing what the editor page keeps track of between requests
 * @param conflict set when a save was refused because someone else changed the text
 * @param unsaved this person's new articles that were autosaved but never saved (shown on
 * the new-article page)
 */
public record ArticleForm(AdminChrome chrome, ArticleView article, ArticleDraft draft, String scheduledAt,
		String previewHtml, InvalidInput errors, List<Term> categories, List<Term> authors, boolean authorLocked,
		Editing editing, Conflict conflict, List<PendingDraft> unsaved) {

	/**
	 * @param baseVersion the article version the text in the form started from
	 * @param draftKey names an unsaved new article's autosaved edits
	 * @param restoredAt when the autosaved edits now in the form were kept, or
	 * {@code null} if the form shows the saved article
	 * @param takeOverSlug whether the slug may be taken from another article
	 * @param maxImageBytes the largest image upload accepted
	 */
	public record Editing(Integer baseVersion, String draftKey, Instant restoredAt, boolean takeOverSlug,
			long maxImageBytes) {

		public String maxImage() {
			return Sizes.readable(maxImageBytes);
		}

	}

	/**
	 * The article as someone else saved it while this editor was writing.
	 *
	 * @param theirs the article as it is now
	 * @param lastChange the save that changed its text
	 * @param bodyDiff from their body to the one in the form
	 */
	public record Conflict(ArticleView theirs, ArticleRevision lastChange, List<TextDiff.Line> bodyDiff) {

		public String who() {
			return lastChange == null ? "someone else" : lastChange.savedByName();
		}

		public String when() {
			return lastChange == null ? Formats.dateTime(theirs.updatedAt()) : Formats.dateTime(lastChange.savedAt());
		}

	}

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

	public String autosaveAction() {
		return article == null ? "/admin/articles/autosave" : "/admin/articles/" + article.id() + "/autosave";
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

	public String restoredAt() {
		return editing.restoredAt() == null ? null : Formats.dateTime(editing.restoredAt());
	}

	public String savedAt(PendingDraft pending) {
		return Formats.dateTime(pending.savedAt());
	}

	public String baseVersion() {
		return editing.baseVersion() == null ? "" : editing.baseVersion().toString();
	}

}
