package com.broadsheet.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.broadsheet.admin.view.ArticleForm;
import com.broadsheet.admin.view.ArticleList;
import com.broadsheet.admin.view.TextDiff;
import com.broadsheet.content.Actor;
import com.broadsheet.content.ArticleChange;
import com.broadsheet.content.ArticleDraft;
import com.broadsheet.content.ArticleEditConflict;
import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleStatus;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.PendingDraft;
import com.broadsheet.content.PendingDrafts;
import com.broadsheet.identity.Editor;
import com.broadsheet.web.InvalidInput;
import com.broadsheet.web.InvalidRequest;
import com.broadsheet.web.PageRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Writing and publishing articles. One form, several submit buttons: save as draft,
 * preview, publish now, schedule, unpublish. Saving the content and the lifecycle step
 * happen in one transaction, so a refused step leaves nothing half-done. The form carries
 * the version its text started from: a save over someone else's newer text shows both and
 * keeps this editor's, instead of overwriting.
 */
@Controller
class ArticleAdmin {

	static final int PAGE_SIZE = 20;

	private final ArticleEditor editor;

	private final PendingDrafts drafts;

	private final AdminPages pages;

	private final ArticleFormPages forms;

	private final TransactionTemplate transaction;

	ArticleAdmin(ArticleEditor editor, PendingDrafts drafts, AdminPages pages, ArticleFormPages forms,
			TransactionTemplate transaction) {
		this.editor = editor;
		this.drafts = drafts;
		this.pages = pages;
		this.forms = forms;
		this.transaction = transaction;
	}

	@GetMapping("/admin/articles")
	ResponseEntity<byte[]> list(@AuthenticationPrincipal Editor user, CsrfToken csrf,
			@RequestParam(required = false) String status, @RequestParam(required = false) String page,
			@RequestParam(required = false) String done) {
		ArticleStatus filter = parseStatus(status);
		String author = user.mayManageSite() ? null : user.authorSlug();
		var articles = editor.list(filter, author, PageRequest.parse(page, PAGE_SIZE)).requireInRange();
		String notice = "deleted".equals(done) ? "The article was deleted, with its revisions." : null;
		return pages.render("admin/articles.jte",
				new ArticleList(pages.chrome(user, csrf, "articles", "Articles", notice), articles, filter));
	}

	/**
	 * A blank form, or (with {@code draft}) a new article this person started and that
	 * autosave kept.
	 */
	@GetMapping("/admin/articles/new")
	ResponseEntity<byte[]> newArticle(@AuthenticationPrincipal Editor user, CsrfToken csrf,
			@RequestParam(required = false) String draft, @RequestParam(required = false) String done) {
		Actor actor = AdminPages.actor(user);
		PendingDraft pending = draft == null ? null : drafts.ofNew(draft, actor).orElse(null);
		ArticleFormPages.Request request;
		if (pending != null) {
			request = new ArticleFormPages.Request(null, pending.draft(), "",
					new ArticleForm.Editing(null, pending.draftKey(), pending.savedAt(), false, forms.maxImageBytes()));
		}
		else {
			ArticleDraft blank = new ArticleDraft("", "", "", "", "", lockedAuthor(user, ""), List.of());
			request = new ArticleFormPages.Request(null, blank, "",
					new ArticleForm.Editing(null, UUID.randomUUID().toString(), null, false, forms.maxImageBytes()));
		}
		List<PendingDraft> unsaved = drafts.newArticles(actor)
			.stream()
			.filter(other -> !other.draftKey().equals(request.editing().draftKey()))
			.toList();
		String notice = "discarded".equals(done) ? "Your unsaved article was discarded." : null;
		return forms.render(user, csrf, request, null, null, null, unsaved, HttpStatus.OK, notice);
	}

	/** The article as saved, or with this person's autosaved edits when there are any. */
	@GetMapping("/admin/articles/{id}")
	ResponseEntity<byte[]> edit(@AuthenticationPrincipal Editor user, CsrfToken csrf, @PathVariable long id,
			@RequestParam(required = false) String done) {
		Actor actor = AdminPages.actor(user);
		ArticleView article = editor.editable(id, actor);
		PendingDraft pending = drafts.of(id, actor).orElse(null);
		return forms.render(user, csrf, ArticleFormPages.Request.of(article, pending, forms.maxImageBytes()),
				HttpStatus.OK, notice(done));
	}

	/**
	 * The article form as submitted: one form, several submit buttons ({@code action}).
	 * Every field is optional here; validation names what is missing.
	 *
	 * @param version the article version the text started from
	 * @param draftKey names a new article's autosaved edits
	 * @param takeOverSlug whether the slug may be taken from an article that still
	 * redirects from it
	 */
	record Submission(String action, String title, String slug, String summary, String bodyMarkdown, String category,
			String author, String tags, String scheduledAt, String version, String draftKey, String takeOverSlug) {

		ArticleDraft draft() {
			return new ArticleDraft(title, slug, summary, bodyMarkdown, category, author, splitTags(tags));
		}

		String actionOrSave() {
			return action == null || action.isBlank() ? "save" : action;
		}

		Integer baseVersion() {
			return version != null && version.matches("\\d{1,9}") ? Integer.valueOf(version) : null;
		}

		boolean takesOverSlug() {
			return takeOverSlug != null && !takeOverSlug.isBlank() && !takeOverSlug.equals("false");
		}

		ArticleForm.Editing editing(long maxImageBytes) {
			return new ArticleForm.Editing(baseVersion(), draftKey == null ? "" : draftKey, null, takesOverSlug(),
					maxImageBytes);
		}

	}

	@PostMapping("/admin/articles")
	ResponseEntity<byte[]> create(@AuthenticationPrincipal Editor user, CsrfToken csrf, Submission submission) {
		return submit(user, csrf, null, submission);
	}

	@PostMapping("/admin/articles/{id}")
	ResponseEntity<byte[]> update(@AuthenticationPrincipal Editor user, CsrfToken csrf, @PathVariable long id,
			Submission submission) {
		return submit(user, csrf, editor.editable(id, AdminPages.actor(user)), submission);
	}

	@PostMapping("/admin/articles/{id}/delete")
	ResponseEntity<byte[]> delete(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		editor.editable(id, AdminPages.actor(user));
		editor.delete(id);
		return AdminPages.redirect("/admin/articles?done=deleted");
	}

	private ResponseEntity<byte[]> submit(Editor user, CsrfToken csrf, ArticleView article, Submission submission) {
		String action = submission.actionOrSave();
		ArticleDraft draft = submission.draft();
		Actor actor = AdminPages.actor(user);
		Long id = article == null ? null : article.id();
		ArticleFormPages.Request request = new ArticleFormPages.Request(article, draft, submission.scheduledAt(),
				submission.editing(forms.maxImageBytes()));
		if (action.equals("preview")) {
			return forms.render(user, csrf, request, editor.preview(draft.bodyMarkdown()), null, null, List.of(),
					HttpStatus.OK, null);
		}
		try {
			ArticleChange change = change(action, draft, submission).basedOn(submission.baseVersion())
				.takingOverSlug(submission.takesOverSlug());
			ArticleView saved = transaction.execute(status -> {
				ArticleView stored = editor.save(id, change, actor);
				drafts.discard(id, submission.draftKey(), actor);
				return stored;
			});
			return AdminPages.redirect("/admin/articles/" + saved.id() + "?done=" + action);
		}
		catch (InvalidInput invalid) {
			return forms.render(user, csrf, request, null, invalid, null, List.of(), HttpStatus.UNPROCESSABLE_CONTENT,
					null);
		}
		catch (ArticleEditConflict conflict) {
			return conflict(user, csrf, request, conflict, actor);
		}
	}

	/**
	 * Shows their text beside this editor's, with this editor's still in the form (and
	 * kept as their autosaved edits), now based on the current version: saving again
	 * replaces theirs knowingly.
	 */
	private ResponseEntity<byte[]> conflict(Editor user, CsrfToken csrf, ArticleFormPages.Request submitted,
			ArticleEditConflict conflict, Actor actor) {
		ArticleView theirs = conflict.current();
		int current = theirs.version();
		try {
			drafts.keep(theirs.id(), "", current, submitted.draft(), actor);
		}
		catch (InvalidInput tooLong) {
			// Still in the form below; the form's own limits make this rare.
		}
		ArticleForm.Editing editing = new ArticleForm.Editing(current, "", null, submitted.editing().takeOverSlug(),
				forms.maxImageBytes());
		ArticleFormPages.Request request = new ArticleFormPages.Request(theirs, submitted.draft(),
				submitted.scheduledAt(), editing);
		ArticleForm.Conflict shown = new ArticleForm.Conflict(theirs, conflict.lastChange(),
				TextDiff.between(theirs.bodyMarkdown(), submitted.draft().bodyMarkdown()));
		return forms.render(user, csrf, request, null, null, shown, List.of(), HttpStatus.CONFLICT, null);
	}

	private static ArticleChange change(String action, ArticleDraft draft, Submission submission) {
		return switch (action) {
			case "save" -> ArticleChange.save(draft);
			case "publish" -> new ArticleChange(draft, ArticleStatus.PUBLISHED, null);
			case "schedule" ->
				new ArticleChange(draft, ArticleStatus.SCHEDULED, parseSchedule(submission.scheduledAt()));
			case "unpublish" -> new ArticleChange(draft, ArticleStatus.DRAFT, null);
			default -> throw new InvalidRequest("Unknown action '" + action + "'.");
		};
	}

	/** AUTHOR accounts always write as their own author profile. */
	private static String lockedAuthor(Editor user, String requested) {
		return user.mayManageSite() ? requested : user.authorSlug();
	}

	static List<String> splitTags(String tags) {
		if (tags == null || tags.isBlank()) {
			return List.of();
		}
		return Arrays.stream(tags.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
	}

	/** {@code datetime-local} values are taken as UTC, as the form says. */
	private static Instant parseSchedule(String value) {
		if (value == null || value.isBlank()) {
			throw InvalidInput.of("scheduledAt", "Choose when to publish.");
		}
		try {
			return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of("scheduledAt", "must be a date and time like 2030-01-31T09:00");
		}
	}

	private static ArticleStatus parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return ArticleStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequest("status must be one of DRAFT, SCHEDULED, PUBLISHED");
		}
	}

	static String notice(String done) {
		if (done == null) {
			return null;
		}
		return switch (done) {
			case "save" -> "Saved.";
			case "publish" -> "Published.";
			case "schedule" -> "Scheduled.";
			case "unpublish" -> "Unpublished: the article is a draft again.";
			case "cover" -> "Cover image saved.";
			case "cover-removed" -> "Cover image removed.";
			case "restored" -> "Revision restored: the article says what it said then. The text it replaced is "
					+ "kept as a revision too.";
			case "discarded" -> "Your unsaved changes were discarded: the form shows the article as saved.";
			default -> null;
		};
	}

}
