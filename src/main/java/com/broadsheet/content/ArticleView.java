package com.broadsheet.content;

import java.time.Instant;
import java.util.List;

/**
 * An article in any state, as editors see it.
 *
 * @param publishedAt set only while published
 * @param scheduledAt set only while scheduled
 * @param version increases with every stored change (optimistic locking)
 * @param cover the cover image, or {@code null}
 */
public record ArticleView(long id, String title, String slug, String summary, String bodyMarkdown, String bodyHtml,
		CategoryRef category, AuthorRef author, List<TagRef> tags, ArticleStatus status, Instant publishedAt,
		Instant scheduledAt, int readingMinutes, Instant createdAt, Instant updatedAt, int version, Cover cover) {

	public ArticleView {
		tags = List.copyOf(tags);
	}

}
