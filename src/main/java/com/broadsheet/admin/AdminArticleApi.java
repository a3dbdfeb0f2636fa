package com.broadsheet.admin;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.broadsheet.content.ArticleChange;
import com.broadsheet.content.ArticleDraft;
import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleStatus;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.TagRef;
import com.broadsheet.identity.Editor;
import com.broadsheet.web.PageRequest;
import com.broadsheet.web.ResultPage;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Admin API for articles ({@code Authorization: Bearer <token>}). A token acts as the
 * account that owns it, so an AUTHOR's token only reaches that author's articles.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/articles", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminArticleApi {

	static final int PAGE_SIZE = 50;

	private final ArticleEditor editor;

	AdminArticleApi(ArticleEditor editor) {
		this.editor = editor;
	}

	/**
	 * An article as the Admin API reads and writes it. On writes, {@code id} and the
	 * read-only fields are ignored; {@code status} moves the article through its
	 * lifecycle ({@code SCHEDULED} needs {@code scheduledAt}).
	 */
	record ArticleJson(Long id, String title, String slug, String summary, String bodyMarkdown, String category,
			List<String> tags, String author, ArticleStatus status, Instant publishedAt, Instant scheduledAt,
			Integer readingMinutes, Instant createdAt, Instant updatedAt) {

		static ArticleJson of(ArticleView view) {
			return new ArticleJson(view.id(), view.title(), view.slug(), view.summary(), view.bodyMarkdown(),
					view.category().slug(), view.tags().stream().map(TagRef::slug).toList(), view.author().slug(),
					view.status(), view.publishedAt(), view.scheduledAt(), view.readingMinutes(), view.createdAt(),
					view.updatedAt());
		}

		ArticleChange change() {
			return new ArticleChange(new ArticleDraft(title, slug, summary, bodyMarkdown, category, author,
					tags == null ? List.of() : tags), status, scheduledAt);
		}

	}

	record ArticlePageJson(List<ArticleJson> items, int page, int pageSize, long totalItems, int totalPages) {
	}

	@GetMapping
	ArticlePageJson list(@AuthenticationPrincipal Editor user, @RequestParam(required = false) ArticleStatus status,
			@RequestParam(required = false) String page) {
		String author = user.mayManageSite() ? null : user.authorSlug();
		ResultPage<ArticleView> result = editor.list(status, author, PageRequest.parse(page, PAGE_SIZE))
			.requireInRange();
		return new ArticlePageJson(result.items().stream().map(ArticleJson::of).toList(), result.number(),
				result.size(), result.totalItems(), result.totalPages());
	}

	@GetMapping("/{id}")
	ArticleJson get(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		return ArticleJson.of(editor.editable(id, AdminPages.actor(user)));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ArticleJson> create(@AuthenticationPrincipal Editor user, @RequestBody ArticleJson body) {
		ArticleView created = editor.save(null, body.change(), AdminPages.actor(user));
		return ResponseEntity.created(URI.create("/api/v1/admin/articles/" + created.id()))
			.body(ArticleJson.of(created));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ArticleJson update(@AuthenticationPrincipal Editor user, @PathVariable long id, @RequestBody ArticleJson body) {
		return ArticleJson.of(editor.save(id, body.change(), AdminPages.actor(user)));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		editor.editable(id, AdminPages.actor(user));
		editor.delete(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/publish")
	ArticleJson publish(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		editor.editable(id, AdminPages.actor(user));
		return ArticleJson.of(editor.publish(id));
	}

	@PostMapping("/{id}/unpublish")
	ArticleJson unpublish(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		editor.editable(id, AdminPages.actor(user));
		return ArticleJson.of(editor.unpublish(id));
	}

}
