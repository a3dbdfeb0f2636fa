package com.broadsheet.content;

import java.time.Instant;
import java.util.List;

/**
 * A published article as a card in a listing or feed.
 *
 * @param cover the cover image, or {@code null}
 */
public record ArticleSummary(long id, String slug, String title, String summary, CategoryRef category, AuthorRef author,
		List<TagRef> tags, int readingMinutes, Instant publishedAt, Instant updatedAt, Cover cover) {

	public ArticleSummary {
		tags = List.copyOf(tags);
	}

}
