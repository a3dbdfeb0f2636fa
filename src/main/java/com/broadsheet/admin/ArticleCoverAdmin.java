package com.broadsheet.admin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import com.broadsheet.content.Actor;
import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleView;
import com.broadsheet.content.Cover;
import com.broadsheet.content.MediaLibrary;
import com.broadsheet.content.PendingDrafts;
import com.broadsheet.identity.Editor;
import com.broadsheet.web.InvalidInput;
import com.broadsheet.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The cover image of an article. The editor page sends these in the background and
 * answers with JSON, so the text being written stays in the form; without script they are
 * plain form posts that come back to the editor.
 */
@Controller
class ArticleCoverAdmin {

	private final ArticleEditor editor;

	private final MediaLibrary media;

	private final PendingDrafts drafts;

	private final ArticleFormPages forms;

	private final TransactionTemplate transaction;

	ArticleCoverAdmin(ArticleEditor editor, MediaLibrary media, PendingDrafts drafts, ArticleFormPages forms,
			TransactionTemplate transaction) {
		this.editor = editor;
		this.media = media;
		this.drafts = drafts;
		this.forms = forms;
		this.transaction = transaction;
	}

	/** What the editor page needs to show the cover it now has. */
	record CoverJson(String url, String alt, String message) {
	}

	/**
	 * Uploads and sets the cover image; the image is checked by its bytes, not its name.
	 * An invalid upload answers 422 with the field's error (JSON, or the editor with the
	 * error beside the field).
	 */
	@PostMapping(path = AdminRoutes.COVER_UPLOAD, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> upload(@AuthenticationPrincipal Editor user, CsrfToken csrf, HttpServletRequest request,
			@PathVariable long id, @RequestParam(required = false) MultipartFile image,
			@RequestParam(required = false) String coverAlt) throws IOException {
		Actor actor = AdminPages.actor(user);
		ArticleView article = editor.editable(id, actor);
		try {
			byte[] bytes = image == null ? null : image.getBytes();
			ArticleView changed = transaction.execute(status -> editor.setCover(id, media.store(bytes), coverAlt));
			if (Problems.wantsJson(request)) {
				Cover cover = changed.cover();
				return ResponseEntity.ok(new CoverJson(cover.url(), cover.alt(), "Cover image saved."));
			}
			return AdminPages.redirect("/admin/articles/" + id + "?done=cover");
		}
		catch (InvalidInput invalid) {
			if (Problems.wantsJson(request)) {
				throw invalid;
			}
			ArticleFormPages.Request shown = ArticleFormPages.Request.of(article, drafts.of(id, actor).orElse(null),
					forms.maxImageBytes());
			return forms.render(user, csrf, shown, null, invalid, null, java.util.List.of(),
					HttpStatus.UNPROCESSABLE_CONTENT, null);
		}
	}

	@PostMapping("/admin/articles/{id}/cover/delete")
	ResponseEntity<?> remove(@AuthenticationPrincipal Editor user, HttpServletRequest request, @PathVariable long id) {
		editor.editable(id, AdminPages.actor(user));
		editor.removeCover(id);
		if (Problems.wantsJson(request)) {
			return ResponseEntity.ok(new CoverJson(null, null, "Cover image removed."));
		}
		return AdminPages.redirect("/admin/articles/" + id + "?done=cover-removed");
	}

}
