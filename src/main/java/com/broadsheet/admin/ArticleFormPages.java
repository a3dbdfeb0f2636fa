package com.broadsheet.admin;

import java.util.List;

import com.broadsheet.admin.view.ArticleForm;
import com.broadsheet.content.ArticleDraft;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.MediaLibrary;
import com.broadsheet.content.PendingDraft;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.content.TermKind;
import com.broadsheet.identity.Editor;
import com.broadsheet.web.Formats;
import com.broadsheet.web.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Renders the article editor for the controllers that answer with it: what the form
 * holds, the version it started from, and what to say about it.
 */
@Component
class ArticleFormPages {

	private final AdminPages pages;

	private final Taxonomy taxonomy;

	private final MediaLibrary media;

	ArticleFormPages(AdminPages pages, Taxonomy taxonomy, MediaLibrary media) {
		this.pages = pages;
		this.taxonomy = taxonomy;
		this.media = media;
	}

	/** What is being edited, and how the page should say it. */
	record Request(ArticleView article, ArticleDraft draft, String scheduledAt, ArticleForm.Editing editing) {

		/** An article as it is saved, or as this person's autosave left it. */
		static Request of(ArticleView article, PendingDraft pending, long maxImageBytes) {
			if (pending != null) {
				return new Request(article, pending.draft(), Formats.inputDateTime(article.scheduledAt()),
						new ArticleForm.Editing(pending.baseVersion(), "", pending.savedAt(), false, maxImageBytes));
			}
			return new Request(article, draftOf(article), Formats.inputDateTime(article.scheduledAt()),
					new ArticleForm.Editing(article.version(), "", null, false, maxImageBytes));
		}

	}

	long maxImageBytes() {
		return media.maxSize().toBytes();
	}

	ResponseEntity<byte[]> render(Editor user, CsrfToken csrf, Request request, HttpStatus status, String notice) {
		return render(user, csrf, request, null, null, null, List.of(), status, notice);
	}

	ResponseEntity<byte[]> render(Editor user, CsrfToken csrf, Request request, String previewHtml, InvalidInput errors,
			ArticleForm.Conflict conflict, List<PendingDraft> unsaved, HttpStatus status, String notice) {
		String title = conflict != null ? "Someone else changed this article"
				: request.article() == null ? "New article" : "Edit article";
		ArticleForm model = new ArticleForm(pages.chrome(user, csrf, "articles", title, notice), request.article(),
				request.draft(), request.scheduledAt() == null ? "" : request.scheduledAt(), previewHtml, errors,
				taxonomy.list(TermKind.CATEGORY), taxonomy.list(TermKind.AUTHOR), !user.mayManageSite(),
				request.editing(), conflict, unsaved);
		return pages.render(status, "admin/article-form.jte", model);
	}

	static ArticleDraft draftOf(ArticleView article) {
		return new ArticleDraft(article.title(), article.slug(), article.summary(), article.bodyMarkdown(),
				article.category().slug(), article.author().slug(),
				article.tags().stream().map(tag -> tag.name()).toList());
	}

}
