package com.broadsheet.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.broadsheet.web.InvalidInput;

/**
 * The article aggregate. Every state change goes through a guarded method that also
 * records the event readers' side effects hang on; the repository publishes the events in
 * the transaction that stores the change.
 */
class Article {

	record Ref(long id, String slug, String name) {
	}

	/** What an author writes; the rest (HTML, reading time, dates) follows from it. */
	record Content(String slug, String title, String summary, String bodyMarkdown, Ref category, Ref author,
			List<Ref> tags) {

		Content {
			tags = List.copyOf(tags);
		}

	}

	private Long id;

	private Content content;

	private String bodyHtml;

	private int readingMinutes;

	private ArticleStatus status;

	private Instant publishedAt;

	private Instant scheduledAt;

	private Instant createdAt;

	private Instant updatedAt;

	private int version;

	private Media cover;

	private String coverAlt;

	private final List<Object> events = new ArrayList<>();

	private Article() {
	}

	static Article draft(Content content, Clock clock) {
		Article article = new Article();
		article.status = ArticleStatus.DRAFT;
		article.createdAt = clock.instant();
		article.apply(content, clock);
		return article;
	}

	/** Rebuilds a stored article; no events. */
	static Article restore(long id, Content content, String bodyHtml, int readingMinutes, ArticleStatus status,
			Instant publishedAt, Instant scheduledAt, Instant createdAt, Instant updatedAt, int version, Media cover,
			String coverAlt) {
		Article article = new Article();
		article.id = id;
		article.content = content;
		article.bodyHtml = bodyHtml;
		article.readingMinutes = readingMinutes;
		article.status = status;
		article.publishedAt = publishedAt;
		article.scheduledAt = scheduledAt;
		article.createdAt = createdAt;
		article.updatedAt = updatedAt;
		article.version = version;
		article.cover = cover;
		article.coverAlt = coverAlt;
		return article;
	}

	void revise(Content revised, Clock clock) {
		ArticleListing before = listing();
		apply(revised, clock);
		if (status == ArticleStatus.PUBLISHED) {
			events.add(new ArticleUpdated(id, content.title(), updatedAt, listing(), before));
		}
	}

	/**
	 * Sets the cover image; readers of a published article see it at once.
	 * @throws InvalidInput without a text alternative
	 */
	void changeCover(Media image, String alt, Clock clock) {
		if (alt == null || alt.isBlank()) {
			throw InvalidInput.of("coverAlt", "Describe the image for readers who cannot see it.");
		}
		if (alt.length() > 300) {
			throw InvalidInput.of("coverAlt", "Keep the description under 300 characters.");
		}
		this.cover = image;
		this.coverAlt = alt.strip();
		touch(clock);
	}

	void removeCover(Clock clock) {
		this.cover = null;
		this.coverAlt = null;
		touch(clock);
	}

	private void touch(Clock clock) {
		updatedAt = clock.instant();
		if (status == ArticleStatus.PUBLISHED) {
			events.add(new ArticleUpdated(id, content.title(), updatedAt, listing(), listing()));
		}
	}

	/** Makes the article visible now; refuses an article that already is. */
	void publish(Clock clock) {
		if (status == ArticleStatus.PUBLISHED) {
			throw new ArticleStateConflict("Article " + id + " is already published.");
		}
		goLive(clock.instant(), clock);
	}

	/** Publishes with a publication time in the past (imports). */
	void publishAsOf(Instant publicationTime, Clock clock) {
		if (status == ArticleStatus.PUBLISHED) {
			throw new ArticleStateConflict("Article " + id + " is already published.");
		}
		if (publicationTime.isAfter(clock.instant())) {
			throw InvalidInput.of("publishedAt", "must not be in the future; schedule the article instead");
		}
		goLive(publicationTime, clock);
	}

	/**
	 * Publishes a scheduled article whose time has come.
	 * @return whether it went live; {@code false} if it was rescheduled, unscheduled or
	 * published in the meantime
	 */
	boolean publishIfDue(Clock clock) {
		if (status != ArticleStatus.SCHEDULED || scheduledAt.isAfter(clock.instant())) {
			return false;
		}
		goLive(scheduledAt, clock);
		return true;
	}

	void schedule(Instant at, Clock clock) {
		if (status == ArticleStatus.PUBLISHED) {
			throw new ArticleStateConflict("Article " + id + " is already published; unpublish it first.");
		}
		if (!at.isAfter(clock.instant())) {
			throw InvalidInput.of("scheduledAt", "must be in the future");
		}
		status = ArticleStatus.SCHEDULED;
		scheduledAt = at;
		updatedAt = clock.instant();
	}

	/** Takes a published article off the site, or a scheduled one off the schedule. */
	void unpublish(Clock clock) {
		if (status == ArticleStatus.DRAFT) {
			throw new ArticleStateConflict("Article " + id + " is not published.");
		}
		boolean wasLive = status == ArticleStatus.PUBLISHED;
		status = ArticleStatus.DRAFT;
		publishedAt = null;
		scheduledAt = null;
		updatedAt = clock.instant();
		if (wasLive) {
			events.add(new ArticleUnpublished(id, updatedAt, listing()));
		}
	}

	/** Records what readers lose when the article is deleted. */
	void markDeleted(Clock clock) {
		if (status == ArticleStatus.PUBLISHED) {
			events.add(new ArticleUnpublished(id, clock.instant(), listing()));
		}
	}

	private void goLive(Instant publicationTime, Clock clock) {
		status = ArticleStatus.PUBLISHED;
		publishedAt = publicationTime;
		scheduledAt = null;
		updatedAt = clock.instant();
		events.add(new ArticlePublished(id, content.title(), publishedAt, listing()));
	}

	private void apply(Content revised, Clock clock) {
		this.content = revised;
		this.bodyHtml = Markdown.toSafeHtml(revised.bodyMarkdown());
		this.readingMinutes = Markdown.readingMinutes(revised.bodyMarkdown());
		this.updatedAt = clock.instant();
	}

	ArticleListing listing() {
		return new ArticleListing(content.slug(), content.category().slug(), content.author().slug(),
				content.tags().stream().map(Ref::slug).toList());
	}

	void assignId(long id) {
		this.id = id;
	}

	void incrementVersion() {
		this.version++;
	}

	List<Object> pullEvents() {
		List<Object> pulled = List.copyOf(events);
		events.clear();
		return pulled;
	}

	Long id() {
		return id;
	}

	Content content() {
		return content;
	}

	String bodyHtml() {
		return bodyHtml;
	}

	int readingMinutes() {
		return readingMinutes;
	}

	ArticleStatus status() {
		return status;
	}

	Instant publishedAt() {
		return publishedAt;
	}

	Instant scheduledAt() {
		return scheduledAt;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	int version() {
		return version;
	}

	Media cover() {
		return cover;
	}

	String coverAlt() {
		return coverAlt;
	}

	Cover coverView() {
		return cover == null ? null : new Cover(cover.url(), coverAlt);
	}

	ArticleView view() {
		return new ArticleView(id, content.title(), content.slug(), content.summary(), content.bodyMarkdown(), bodyHtml,
				new CategoryRef(content.category().slug(), content.category().name()),
				new AuthorRef(content.author().slug(), content.author().name()),
				content.tags().stream().map(tag -> new TagRef(tag.slug(), tag.name())).toList(), status, publishedAt,
				scheduledAt, readingMinutes, createdAt, updatedAt, version, coverView());
	}

}
