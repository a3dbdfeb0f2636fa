package com.broadsheet.admin;

import com.broadsheet.admin.view.RevisionList;
import com.broadsheet.admin.view.RevisionPage;
import com.broadsheet.admin.view.TextDiff;
import com.broadsheet.content.Actor;
import com.broadsheet.content.ArticleEditor;
import com.broadsheet.content.ArticleHistory;
import com.broadsheet.content.ArticleRevision;
import com.broadsheet.content.ArticleView;
import com.broadsheet.identity.Editor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** An article's revisions: the list, one revision against the current text, restore. */
@Controller
class RevisionAdmin {

	private final ArticleEditor editor;

	private final ArticleHistory history;

	private final AdminPages pages;

	RevisionAdmin(ArticleEditor editor, ArticleHistory history, AdminPages pages) {
		this.editor = editor;
		this.history = history;
		this.pages = pages;
	}

	@GetMapping("/admin/articles/{id}/revisions")
	ResponseEntity<byte[]> list(@AuthenticationPrincipal Editor user, CsrfToken csrf, @PathVariable long id) {
		Actor actor = AdminPages.actor(user);
		ArticleView article = editor.editable(id, actor);
		return pages.render("admin/revisions.jte",
				new RevisionList(pages.chrome(user, csrf, "articles", "Revisions of “" + article.title() + "”", null),
						article, history.revisions(id, actor)));
	}

	@GetMapping("/admin/articles/{id}/revisions/{revisionId}")
	ResponseEntity<byte[]> show(@AuthenticationPrincipal Editor user, CsrfToken csrf, @PathVariable long id,
			@PathVariable long revisionId) {
		Actor actor = AdminPages.actor(user);
		ArticleView article = editor.editable(id, actor);
		ArticleRevision revision = history.revision(id, revisionId, actor);
		return pages.render("admin/revision.jte",
				new RevisionPage(pages.chrome(user, csrf, "articles", "Revision of “" + article.title() + "”", null),
						article, revision, TextDiff.between(revision.bodyMarkdown(), article.bodyMarkdown())));
	}

	@PostMapping("/admin/articles/{id}/revisions/{revisionId}/restore")
	ResponseEntity<byte[]> restore(@AuthenticationPrincipal Editor user, @PathVariable long id,
			@PathVariable long revisionId) {
		editor.restore(id, revisionId, AdminPages.actor(user));
		return AdminPages.redirect("/admin/articles/" + id + "?done=restored");
	}

}
