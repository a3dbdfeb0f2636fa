package com.broadsheet.content;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revisions of an article, for the people who may change it. Restoring one is a save
 * ({@link ArticleEditor#restore}).
 */
@Service
@Transactional(readOnly = true)
public class ArticleHistory {

	private final ArticleRevisions revisions;

	private final ArticleEditor editor;

	private final RevisionProperties properties;

	private final Clock clock;

	ArticleHistory(ArticleRevisions revisions, ArticleEditor editor, RevisionProperties properties, Clock clock) {
		this.revisions = revisions;
		this.editor = editor;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Newest first.
	 * @throws ArticleNotFound if there is no such article
	 * @throws NotYourArticle (403) if the actor may not change it
	 */
	public List<ArticleRevision> revisions(long articleId, Actor actor) {
		editor.editable(articleId, actor);
		return revisions.of(articleId);
	}

	/**
	 * @throws ArticleNotFound if there is no such article, or it has no such revision
	 * @throws NotYourArticle (403) if the actor may not change it
	 */
	public ArticleRevision revision(long articleId, long revisionId, Actor actor) {
		editor.editable(articleId, actor);
		return revisions.find(articleId, revisionId)
			.orElseThrow(() -> new ArticleNotFound(articleId + " revision " + revisionId));
	}

	/**
	 * Applies the retention policy: every revision of the last
	 * {@code broadsheet.revisions.keep-all}, then the last one of each day; an article's
	 * newest revision always stays.
	 * @return how many revisions were removed
	 */
	@Transactional
	public int prune() {
		return revisions.prune(clock.instant().minus(properties.keepAll()));
	}

}
