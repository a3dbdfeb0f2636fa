package com.broadsheet.content;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.validation.Validator;

import com.broadsheet.web.InvalidInput;
import com.broadsheet.web.PageRequest;
import com.broadsheet.web.ResultPage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes articles in any state: the one place where saving an article and
 * moving it through its lifecycle happen, for the admin and the Admin API alike. Methods
 * that take an {@link Actor} check that the actor may change the article; every method
 * leaves the article valid and records the lifecycle events readers' side effects need.
 */
@Service
@Transactional
public class ArticleEditor {

	private final Articles articles;

	private final ArticleQueries queries;

	private final Taxonomy taxonomy;

	private final PublicationSchedule schedule;

	private final Validator validator;

	private final Clock clock;

	private final ArticleRevisions revisions;

	private final SlugHistory slugs;

	ArticleEditor(Articles articles, ArticleQueries queries, Taxonomy taxonomy, PublicationSchedule schedule,
			Validator validator, Clock clock, ArticleRevisions revisions, SlugHistory slugs) {
		this.revisions = revisions;
		this.slugs = slugs;
		this.articles = articles;
		this.queries = queries;
		this.taxonomy = taxonomy;
		this.schedule = schedule;
		this.validator = validator;
		this.clock = clock;
	}

	/**
	 * @throws ArticleNotFound if there is no such article
	 */
	@Transactional(readOnly = true)
	public ArticleView get(long id) {
		return articles.findById(id).map(Article::view).orElseThrow(() -> new ArticleNotFound(id));
	}

	/**
	 * Articles in every state, most recently changed first.
	 * @param status only this status, or {@code null} for all
	 * @param author only this author's slug, or {@code null} for all
	 */
	@Transactional(readOnly = true)
	public ResultPage<ArticleView> list(ArticleStatus status, String author, PageRequest page) {
		return queries.forEditors(status, author, page);
	}

	/**
	 * How many articles are in each status.
	 * @param author only this author's slug, or {@code null} for all
	 */
	@Transactional(readOnly = true)
	public Map<ArticleStatus, Long> countByStatus(String author) {
		return queries.countByStatus(author);
	}

	/**
	 * Saves an article (a new one when {@code id} is {@code null}) and moves it to the
	 * change's target status, in one transaction: a refused step changes nothing. An
	 * actor who does not manage the site writes only as their own author. A save that
	 * changes the text keeps a revision naming the actor.
	 * @throws InvalidInput (422) naming each invalid field
	 * @throws NotYourArticle (403) if the actor may not change this article
	 * @throws ArticleNotFound if there is no article {@code id}
	 * @throws ArticleEditConflict (412) if the change's condition on the article's
	 * version does not hold
	 */
	public ArticleView save(Long id, ArticleChange change, Actor actor) {
		ArticleDraft draft = authoredBy(actor, change.draft());
		ArticleView stored;
		if (id == null) {
			stored = create(draft, change.takeOverSlug(), actor.name());
		}
		else {
			Article article = lock(id);
			requireMayEdit(actor, article.view());
			requireCondition(article, change);
			stored = revise(article, content(draft), change.takeOverSlug(), actor.name(), null);
		}
		return moveTo(stored, change);
	}

	/**
	 * Brings back the title, summary and body of an earlier revision; the rest of the
	 * article stays as it is. The restore is a save like any other and keeps a revision
	 * of its own.
	 * @throws ArticleNotFound if there is no such article or revision
	 * @throws NotYourArticle (403) if the actor may not change this article
	 */
	public ArticleView restore(long id, long revisionId, Actor actor) {
		Article article = lock(id);
		requireMayEdit(actor, article.view());
		ArticleRevision revision = revisions.find(id, revisionId)
			.orElseThrow(() -> new ArticleNotFound(id + " revision " + revisionId));
		Article.Content now = article.content();
		Article.Content restored = new Article.Content(now.slug(), revision.title(), revision.summary(),
				revision.bodyMarkdown(), now.category(), now.author(), now.tags());
		return revise(article, restored, false, actor.name(), revision.id());
	}

	private void requireCondition(Article article, ArticleChange change) {
		if (change.versionIn() != null && !change.versionIn().contains(article.version())) {
			throw new ArticleEditConflict(article.view(), revisions.newest(article.id()).orElse(null));
		}
		if (change.basedOn() != null) {
			revisions.newest(article.id())
				.filter(newest -> newest.articleVersion() > change.basedOn())
				.ifPresent(newest -> {
					throw new ArticleEditConflict(article.view(), newest);
				});
		}
	}

	/**
	 * @throws NotYourArticle (403) if the actor may not change this article
	 * @throws ArticleNotFound if there is no such article
	 */
	@Transactional(readOnly = true)
	public ArticleView editable(long id, Actor actor) {
		ArticleView article = get(id);
		requireMayEdit(actor, article);
		return article;
	}

	private ArticleView moveTo(ArticleView stored, ArticleChange change) {
		ArticleStatus target = change.target();
		if (target == null) {
			return stored;
		}
		return switch (target) {
			case PUBLISHED -> stored.status() == ArticleStatus.PUBLISHED ? stored : publish(stored.id());
			case DRAFT -> stored.status() == ArticleStatus.DRAFT ? stored : unpublish(stored.id());
			case SCHEDULED -> {
				if (change.scheduledAt() == null) {
					throw InvalidInput.of("scheduledAt", "Choose when to publish.");
				}
				yield stored.status() == ArticleStatus.SCHEDULED && change.scheduledAt().equals(stored.scheduledAt())
						? stored : schedule(stored.id(), change.scheduledAt());
			}
		};
	}

	private static void requireMayEdit(Actor actor, ArticleView article) {
		if (!actor.mayEdit(article.author().slug())) {
			throw new NotYourArticle("Authors may only change their own articles.");
		}
	}

	/** Writing as someone else is refused, not silently corrected. */
	private static ArticleDraft authoredBy(Actor actor, ArticleDraft draft) {
		if (actor.managesSite()) {
			return draft;
		}
		if (draft.author() != null && !draft.author().isBlank() && !draft.author().strip().equals(actor.authorSlug())) {
			throw InvalidInput.of("author", "must be your own author profile");
		}
		return new ArticleDraft(draft.title(), draft.slug(), draft.summary(), draft.bodyMarkdown(), draft.category(),
				actor.authorSlug(), draft.tags());
	}

	/**
	 * Stores a new draft.
	 * @throws InvalidInput (422) naming each invalid field; nothing is stored
	 */
	public ArticleView create(ArticleDraft draft) {
		return create(draft, false, null);
	}

	private ArticleView create(ArticleDraft draft, boolean takeOverSlug, String savedBy) {
		Article.Content content = content(draft);
		slugs.claim(content.slug(), null, takeOverSlug);
		Article article = Article.draft(content, clock);
		articles.save(article);
		revisions.record(article, savedBy, clock.instant(), null);
		return article.view();
	}

	/**
	 * Replaces an article's content; a published article stays published.
	 * @throws InvalidInput (422) naming each invalid field; nothing is changed
	 */
	public ArticleView update(long id, ArticleDraft draft) {
		return revise(lock(id), content(draft), false, null, null);
	}

	/**
	 * Stores the new content, keeps a revision when the text changed, and keeps a
	 * published article's old address redirecting when its slug changed.
	 */
	private ArticleView revise(Article article, Article.Content content, boolean takeOverSlug, String savedBy,
			Long restoredFrom) {
		String oldSlug = article.content().slug();
		boolean moved = !oldSlug.equals(content.slug());
		if (moved) {
			slugs.claim(content.slug(), article.id(), takeOverSlug);
		}
		article.revise(content, clock);
		articles.save(article);
		if (moved && article.status() == ArticleStatus.PUBLISHED) {
			slugs.retire(oldSlug, article.id(), clock.instant());
		}
		revisions.record(article, savedBy, clock.instant(), restoredFrom);
		return article.view();
	}

	/**
	 * Stores an article that was published elsewhere before (an import, or demo content),
	 * keeping its original publication time.
	 * @throws InvalidInput (422) naming each invalid field; nothing is stored
	 */
	public ArticleView importPublished(ArticleDraft draft, Instant publishedAt) {
		Article.Content content = content(draft);
		slugs.claim(content.slug(), null, false);
		Article article = Article.draft(content, clock);
		articles.save(article);
		article.publishAsOf(publishedAt, clock);
		articles.save(article);
		revisions.record(article, null, clock.instant(), null);
		return article.view();
	}

	/**
	 * @throws ArticleStateConflict (409) if it is already published
	 */
	public ArticleView publish(long id) {
		Article article = lock(id);
		article.publish(clock);
		articles.save(article);
		return article.view();
	}

	/**
	 * Publishes the article at {@code at}, on whichever instance is running then.
	 * @throws InvalidInput (422) if {@code at} is not in the future
	 */
	public ArticleView schedule(long id, Instant at) {
		Article article = lock(id);
		article.schedule(at, clock);
		articles.save(article);
		schedule.publishAt(article.id(), at);
		return article.view();
	}

	/** Back to draft: off the site if published, off the schedule if scheduled. */
	public ArticleView unpublish(long id) {
		Article article = lock(id);
		article.unpublish(clock);
		articles.save(article);
		return article.view();
	}

	/**
	 * Sets the cover image of an article.
	 * @throws InvalidInput (422, field {@code coverAlt}) without a text alternative
	 */
	public ArticleView setCover(long id, Media image, String alt) {
		Article article = lock(id);
		article.changeCover(image, alt, clock);
		articles.save(article);
		return article.view();
	}

	public ArticleView removeCover(long id) {
		Article article = lock(id);
		article.removeCover(clock);
		articles.save(article);
		return article.view();
	}

	public void delete(long id) {
		Article article = lock(id);
		article.markDeleted(clock);
		articles.delete(article);
	}

	/** Renders Markdown exactly as a saved article would be rendered. */
	@Transactional(readOnly = true)
	public String preview(String markdown) {
		return Markdown.toSafeHtml(markdown == null ? "" : markdown);
	}

	/** Called by the schedule when an article's time has come. */
	void publishIfDue(long id) {
		articles.lockById(id).ifPresent(article -> {
			if (article.publishIfDue(clock)) {
				articles.save(article);
			}
		});
	}

	private Article lock(long id) {
		return articles.lockById(id).orElseThrow(() -> new ArticleNotFound(id));
	}

	private Article.Content content(ArticleDraft draft) {
		var violations = validator.validate(draft);
		if (!violations.isEmpty()) {
			throw InvalidInput.from(violations);
		}
		String slug = draft.slug() == null || draft.slug().isBlank() ? Slugs.slugify(draft.title())
				: draft.slug().strip();
		if (!Slugs.isValid(slug)) {
			throw InvalidInput.of("slug", "must be lower-case letters, digits and single hyphens");
		}
		return new Article.Content(slug, draft.title().strip(), draft.summary().strip(), draft.bodyMarkdown(),
				taxonomy.ref(TermKind.CATEGORY, draft.category().strip(), "category"),
				taxonomy.ref(TermKind.AUTHOR, draft.author().strip(), "author"), taxonomy.resolveTags(draft.tags()));
	}

}
