package com.broadsheet.admin;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import com.broadsheet.admin.view.ArticleForm;
import com.broadsheet.admin.view.ArticleList;
import com.broadsheet.content.ArticleChange;
import com.broadsheet.content.ArticleDraft;
import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleStatus;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.MediaLibrary;
import com.broadsheet.content.Taxonomy;
import com.broadsheet.content.TermKind;
import com.broadsheet.identity.Editor;
import com.broadsheet.web.Formats;
import com.broadsheet.web.InvalidInput;
import com.broadsheet.web.InvalidRequest;
import com.broadsheet.web.PageRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Writing and publishing articles. One form, several submit buttons: save as draft,
 * preview, publish now, schedule, unpublish. Saving the content and the lifecycle step
 * happen in one transaction, so a refused step leaves nothing half-done.
 */
@Controller
class ArticleAdmin {

	static final int PAGE_SIZE = 20;

	private final ArticleEditor editor;

	private final Taxonomy taxonomy;

	private final AdminPages pages;

	private final TransactionTemplate transaction;

	private final MediaLibrary media;

	ArticleAdmin(ArticleEditor editor, Taxonomy taxonomy, AdminPages pages, TransactionTemplate transaction,
			MediaLibrary media) {
		this.editor = editor;
		this.taxonomy = taxonomy;
		this.pages = pages;
		this.transaction = transaction;
		this.media = media;
	}

	@GetMapping("/admin/articles")
	ResponseEntity<byte[]> list(@AuthenticationPrincipal Editor user, CsrfToken csrf,
			@RequestParam(required = false) String status, @RequestParam(required = false) String page) {
		ArticleStatus filter = parseStatus(status);
		String author = user.mayManageSite() ? null : user.authorSlug();
		var articles = editor.list(filter, author, PageRequest.parse(page, PAGE_SIZE)).requireInRange();
		return pages.render("admin/articles.jte",
				new ArticleList(pages.chrome(user, csrf, "articles", "Articles", null), articles, filter));
	}

	@GetMapping("/admin/articles/new")
	ResponseEntity<byte[]> newArticle(@AuthenticationPrincipal Editor user, CsrfToken csrf) {
		ArticleDraft blank = new ArticleDraft("", "", "", "", "", lockedAuthor(user, ""), List.of());
		return form(user, csrf, null, blank, "", null, null, HttpStatus.OK, null);
	}

	@GetMapping("/admin/articles/{id}")
	ResponseEntity<byte[]> edit(@AuthenticationPrincipal Editor user, CsrfToken csrf, @PathVariable long id,
			@RequestParam(required = false) String done) {
		ArticleView article = editor.editable(id, AdminPages.actor(user));
		return form(user, csrf, article, draftOf(article), Formats.inputDateTime(article.scheduledAt()), null, null,
				HttpStatus.OK, notice(done));
	}

	/**
	 * The article form as submitted: one form, several submit buttons ({@code action}).
	 * Every field is optional here; validation names what is missing.
	 */
	record Submission(String action, String title, String slug, String summary, String bodyMarkdown, String category,
			String author, String tags, String scheduledAt) {

		ArticleDraft draft() {
			return new ArticleDraft(title, slug, summary, bodyMarkdown, category, author, splitTags(tags));
		}

		String actionOrSave() {
			return action == null || action.isBlank() ? "save" : action;
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

	/**
	 * Uploads and sets the cover image; the image is checked by its bytes, not its name.
	 */
	@PostMapping(path = "/admin/articles/{id}/cover", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<byte[]> uploadCover(@AuthenticationPrincipal Editor user, CsrfToken csrf, @PathVariable long id,
			@RequestParam(required = false) MultipartFile image, @RequestParam(required = false) String coverAlt)
			throws IOException {
		ArticleView article = editor.editable(id, AdminPages.actor(user));
		try {
			byte[] bytes = image == null ? null : image.getBytes();
			transaction.executeWithoutResult(status -> editor.setCover(id, media.store(bytes), coverAlt));
			return AdminPages.redirect("/admin/articles/" + id + "?done=cover");
		}
		catch (InvalidInput invalid) {
			return form(user, csrf, article, draftOf(article), Formats.inputDateTime(article.scheduledAt()), null,
					invalid, HttpStatus.UNPROCESSABLE_CONTENT, null);
		}
	}

	@PostMapping("/admin/articles/{id}/cover/delete")
	ResponseEntity<byte[]> removeCover(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		editor.editable(id, AdminPages.actor(user));
		editor.removeCover(id);
		return AdminPages.redirect("/admin/articles/" + id + "?done=cover-removed");
	}

	@PostMapping("/admin/articles/{id}/delete")
	ResponseEntity<byte[]> delete(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		editor.editable(id, AdminPages.actor(user));
		editor.delete(id);
		return AdminPages.redirect("/admin/articles");
	}

	private ResponseEntity<byte[]> submit(Editor user, CsrfToken csrf, ArticleView article, Submission submission) {
		String action = submission.actionOrSave();
		ArticleDraft draft = submission.draft();
		if (action.equals("preview")) {
			return form(user, csrf, article, draft, submission.scheduledAt(), editor.preview(draft.bodyMarkdown()),
					null, HttpStatus.OK, null);
		}
		try {
			ArticleChange change = switch (action) {
				case "save" -> ArticleChange.save(draft);
				case "publish" -> new ArticleChange(draft, ArticleStatus.PUBLISHED, null);
				case "schedule" ->
					new ArticleChange(draft, ArticleStatus.SCHEDULED, parseSchedule(submission.scheduledAt()));
				case "unpublish" -> new ArticleChange(draft, ArticleStatus.DRAFT, null);
				default -> throw new InvalidRequest("Unknown action '" + action + "'.");
			};
			ArticleView saved = editor.save(article == null ? null : article.id(), change, AdminPages.actor(user));
			return AdminPages.redirect("/admin/articles/" + saved.id() + "?done=" + action);
		}
		catch (InvalidInput invalid) {
			return form(user, csrf, article, draft, submission.scheduledAt(), null, invalid,
					HttpStatus.UNPROCESSABLE_CONTENT, null);
		}
	}

	private ResponseEntity<byte[]> form(Editor user, CsrfToken csrf, ArticleView article, ArticleDraft draft,
			String scheduledAt, String previewHtml, InvalidInput errors, HttpStatus status, String notice) {
		String title = article == null ? "New article" : "Edit article";
		ArticleForm model = new ArticleForm(pages.chrome(user, csrf, "articles", title, notice), article, draft,
				scheduledAt == null ? "" : scheduledAt, previewHtml, errors, taxonomy.list(TermKind.CATEGORY),
				taxonomy.list(TermKind.AUTHOR), !user.mayManageSite());
		return pages.render(status, "admin/article-form.jte", model);
	}

	private static ArticleDraft draftOf(ArticleView article) {
		return new ArticleDraft(article.title(), article.slug(), article.summary(), article.bodyMarkdown(),
				article.category().slug(), article.author().slug(),
				article.tags().stream().map(tag -> tag.name()).toList());
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

	private static String notice(String done) {
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
			default -> null;
		};
	}

}
