package com.broadsheet.admin;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import com.broadsheet.content.Actor;
import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.PendingDraft;
import com.broadsheet.content.PendingDrafts;
import com.broadsheet.content.PreviewLink;
import com.broadsheet.content.PreviewLinks;
import com.broadsheet.identity.Editor;
import com.broadsheet.web.Formats;
import com.broadsheet.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the editor page does in the background while someone writes: autosave (kept as
 * that person's pending draft, never touching the article), the live preview, and preview
 * links to share. Each answers JSON to the page's script.
 */
@Controller
class ArticleDrafting {

	private final ArticleEditor editor;

	private final PendingDrafts drafts;

	private final PreviewLinks previews;

	private final ArticleFormPages forms;

	ArticleDrafting(ArticleEditor editor, PendingDrafts drafts, PreviewLinks previews, ArticleFormPages forms) {
		this.editor = editor;
		this.drafts = drafts;
		this.previews = previews;
		this.forms = forms;
	}

	record AutosavedJson(Instant savedAt, String message) {

		static AutosavedJson of(PendingDraft kept) {
			return new AutosavedJson(kept.savedAt(),
					"Changes kept at " + Formats.dateTime(kept.savedAt()) + " — not saved to the article yet.");
		}

	}

	record PreviewJson(String html) {
	}

	record PreviewLinkJson(String url, Instant expiresAt, String message) {
	}

	@PostMapping("/admin/articles/{id}/autosave")
	ResponseEntity<AutosavedJson> autosave(@AuthenticationPrincipal Editor user, @PathVariable long id,
			ArticleAdmin.Submission submission) {
		PendingDraft kept = drafts.keep(id, "", submission.baseVersion(), submission.draft(), AdminPages.actor(user));
		return ResponseEntity.ok(AutosavedJson.of(kept));
	}

	@PostMapping("/admin/articles/autosave")
	ResponseEntity<AutosavedJson> autosaveNew(@AuthenticationPrincipal Editor user,
			ArticleAdmin.Submission submission) {
		PendingDraft kept = drafts.keep(null, submission.draftKey(), null, submission.draft(), AdminPages.actor(user));
		return ResponseEntity.ok(AutosavedJson.of(kept));
	}

	@PostMapping("/admin/articles/{id}/discard")
	ResponseEntity<byte[]> discard(@AuthenticationPrincipal Editor user, @PathVariable long id) {
		Actor actor = AdminPages.actor(user);
		editor.editable(id, actor);
		drafts.discard(id, null, actor);
		return AdminPages.redirect("/admin/articles/" + id + "?done=discarded");
	}

	@PostMapping("/admin/articles/new/discard")
	ResponseEntity<byte[]> discardNew(@AuthenticationPrincipal Editor user,
			@RequestParam(required = false) String draftKey) {
		drafts.discard(null, draftKey, AdminPages.actor(user));
		return AdminPages.redirect("/admin/articles/new?done=discarded");
	}

	/** The body as the article page will show it, rendered by the same pipeline. */
	@PostMapping("/admin/articles/preview")
	ResponseEntity<PreviewJson> preview(@RequestParam(required = false) String bodyMarkdown) {
		return ResponseEntity.ok(new PreviewJson(editor.preview(bodyMarkdown)));
	}

	/**
	 * JSON for the page's script; without script, the editor with the link in a notice.
	 */
	@PostMapping("/admin/articles/{id}/preview-link")
	ResponseEntity<?> previewLink(@AuthenticationPrincipal Editor user, CsrfToken csrf, HttpServletRequest request,
			@PathVariable long id) {
		Actor actor = AdminPages.actor(user);
		PreviewLink link = previews.create(id, actor);
		String message = "Anyone with this link can read the article as last saved, until "
				+ Formats.dateTime(link.expiresAt()) + ":";
		if (Problems.wantsJson(request)) {
			return ResponseEntity.ok(new PreviewLinkJson(link.url(), link.expiresAt(), message));
		}
		ArticleView article = editor.get(id);
		return forms.render(user, csrf,
				ArticleFormPages.Request.of(article, drafts.of(id, actor).orElse(null), forms.maxImageBytes()),
				HttpStatus.OK, message + " " + link.url());
	}

}
