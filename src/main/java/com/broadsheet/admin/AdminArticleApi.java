package com.broadsheet.admin;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.broadsheet.content.ArticleChange;
import com.broadsheet.content.ArticleDraft;
import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleHistory;
import com.broadsheet.content.ArticleRevision;
import com.broadsheet.content.ArticleStatus;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.PreviewLink;
import com.broadsheet.content.PreviewLinks;
import com.broadsheet.content.TagRef;
import com.broadsheet.identity.Editor;
import com.broadsheet.web.PageRequest;
import com.broadsheet.web.ResultPage;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Admin API for articles ({@code Authorization: Bearer <token>}). A token acts as the
 * account that owns it, so an AUTHOR's token only reaches that author's articles. Every
 * article answer carries the article's version as its {@code ETag}; a {@code PUT} with an
 * {@code If-Match} that no longer matches is refused with 412 and changes nothing
 * (without {@code If-Match} it saves regardless, as it always did).
 */
@RestController
@RequestMapping(path = "/api/v1/admin/articles", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminArticleApi {

	static final int PAGE_SIZE = 50;

	private final ArticleEditor editor;

	private final ArticleHistory history;

	private final PreviewLinks previews;

	AdminArticleApi(ArticleEditor editor, ArticleHistory history, PreviewLinks previews) {
		this.editor = editor;
		this.history = history;
		this.previews = previews;
	}

	/**
	 * An article as the Admin API reads and writes it. On writes, {@code id},
	 * {@code version} and the read-only fields are ignored; {@code status} moves the
	 * article through its lifecycle ({@code SCHEDULED} needs {@code scheduledAt});
	 * {@code takeOverSlug} lets it take a slug that still redirects to another article.
	 */
	record ArticleJson(Long id, String title, String slug, String summary, String bodyMarkdown, String category,
			List<String> tags, String author, ArticleStatus status, Instant publishedAt, Instant scheduledAt,
			Integer readingMinutes, Instant createdAt, Instant updatedAt, Integer version,
			@JsonInclude(JsonInclude.Include.NON_NULL) Boolean takeOverSlug) {

		static ArticleJson of(ArticleView view) {
			return new ArticleJson(view.id(), view.title(), view.slug(), view.summary(), view.bodyMarkdown(),
					view.category().slug(), view.tags().stream().map(TagRef::slug).toList(), view.author().slug(),
					view.status(), view.publishedAt(), view.scheduledAt(), view.readingMinutes(), view.createdAt(),
					view.updatedAt(), view.version(), null);
		}

		ArticleChange change() {
			return new ArticleChange(new ArticleDraft(title, slug, summary, bodyMarkdown, category, author,
					tags == null ? List.of() : tags), status, scheduledAt)
				.takingOverSlug(Boolean.TRUE.equals(takeOverSlug));
		}

	}

	record ArticlePageJson(List<ArticleJson> items, int page, int pageSize, long totalItems, int totalPages) {
	}

	/** A revision; {@code bodyMarkdown} only when one revision is asked for. */
	record RevisionJson(long id, int articleVersion, Instant savedAt, String savedBy, String title, String slug,
			String summary, @JsonInclude(JsonInclude.Include.NON_NULL) String bodyMarkdown, String category,
			String author, List<String> tags, Long restoredFrom) {

		static RevisionJson of(ArticleRevision revision, boolean withBody) {
			return new RevisionJson(revision.id(), revision.articleVersion(), revision.savedAt(), revision.savedBy(),
					revision.title(), revision.slug(), revision.summary(), withBody ? revision.bodyMarkdown() : null,
					revision.category(), revision.author(), revision.tags(), revision.restoredFrom());
		}

	}

	record RevisionListJson(List<RevisionJson> items) {
	}

	record PreviewLinkJson(String url, Instant expiresAt) {
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
	ResponseEntity<ArticleJson> get(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		return tagged(ResponseEntity.ok(), editor.editable(id, AdminPages.actor(user)));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ArticleJson> create(@AuthenticationPrincipal Editor user, @RequestBody ArticleJson body) {
		ArticleView created = editor.save(null, body.change(), AdminPages.actor(user));
		return tagged(ResponseEntity.created(URI.create("/api/v1/admin/articles/" + created.id())), created);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ArticleJson> update(@AuthenticationPrincipal Editor user, @PathVariable long id,
			@RequestBody ArticleJson body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		ArticleChange change = body.change().ifVersionIn(ArticleVersionTags.versions(ifMatch));
		return tagged(ResponseEntity.ok(), editor.save(id, change, AdminPages.actor(user)));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		editor.editable(id, AdminPages.actor(user));
		editor.delete(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/publish")
	ResponseEntity<ArticleJson> publish(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		editor.editable(id, AdminPages.actor(user));
		return tagged(ResponseEntity.ok(), editor.publish(id));
	}

	@PostMapping("/{id}/unpublish")
	ResponseEntity<ArticleJson> unpublish(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		editor.editable(id, AdminPages.actor(user));
		return tagged(ResponseEntity.ok(), editor.unpublish(id));
	}

	@GetMapping("/{id}/revisions")
	RevisionListJson revisions(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		return new RevisionListJson(history.revisions(id, AdminPages.actor(user))
			.stream()
			.map(revision -> RevisionJson.of(revision, false))
			.toList());
	}

	@GetMapping("/{id}/revisions/{revisionId}")
	RevisionJson revision(@AuthenticationPrincipal Editor user, @PathVariable long id, @PathVariable long revisionId) {
		return RevisionJson.of(history.revision(id, revisionId, AdminPages.actor(user)), true);
	}

	/**
	 * Brings the revision's title, summary and body back: a save, with a revision of its
	 * own.
	 */
	@PostMapping("/{id}/revisions/{revisionId}/restore")
	ResponseEntity<ArticleJson> restore(@AuthenticationPrincipal Editor user, @PathVariable long id,
			@PathVariable long revisionId) {
		return tagged(ResponseEntity.ok(), editor.restore(id, revisionId, AdminPages.actor(user)));
	}

	@PostMapping("/{id}/preview-link")
	PreviewLinkJson previewLink(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		PreviewLink link = previews.create(id, AdminPages.actor(user));
		return new PreviewLinkJson(link.url(), link.expiresAt());
	}

	private static ResponseEntity<ArticleJson> tagged(ResponseEntity.BodyBuilder response, ArticleView article) {
		return response.eTag(ArticleVersionTags.of(article)).body(ArticleJson.of(article));
	}

}
