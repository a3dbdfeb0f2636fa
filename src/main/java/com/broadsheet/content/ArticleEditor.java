package com.broadsheet.content;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.validation.Validator;

import com.broadsheet.web.InvalidInput;
import com.broadsheet.web.PageRequest;
import com.broadsheet.web.ResultPage;
import com.broadsheet.content.Slugs;

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

	ArticleEditor(Articles articles, ArticleQueries queries, Taxonomy taxonomy, PublicationSchedule schedule,
			Validator validator, Clock clock) {
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
	 * actor who does not manage the site writes only as their own author.
	 * @throws InvalidInput (422) naming each invalid field
	 * @throws NotYourArticle (403) if the actor may not change this article
	 * @throws ArticleNotFound if there is no article {@code id}
	 */
	public ArticleView save(Long id, ArticleChange change, Actor actor) {
		ArticleDraft draft = authoredBy(actor, change.draft());
		ArticleView stored;
		if (id == null) {
			stored = create(draft);
		}
		else {
			requireMayEdit(actor, get(id));
			stored = update(id, draft);
		}
		return moveTo(stored, change);
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
		Article article = Article.draft(content(draft), clock);
		articles.save(article);
		return article.view();
	}

	/**
	 * Replaces an article's content; a published article stays published.
	 * @throws InvalidInput (422) naming each invalid field; nothing is changed
	 */
	public ArticleView update(long id, ArticleDraft draft) {
		Article article = lock(id);
		article.revise(content(draft), clock);
		articles.save(article);
		return article.view();
	}

	/**
	 * Stores an article that was published elsewhere before (an import, or demo content),
	 * keeping its original publication time.
	 * @throws InvalidInput (422) naming each invalid field; nothing is stored
	 */
	public ArticleView importPublished(ArticleDraft draft, Instant publishedAt) {
		Article article = Article.draft(content(draft), clock);
		articles.save(article);
		article.publishAsOf(publishedAt, clock);
		articles.save(article);
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
