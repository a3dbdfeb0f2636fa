package com.broadsheet.content;

import java.time.Instant;
import java.util.List;

/** A published article as a card in a listing or feed. */
public record ArticleSummary(long id, String slug, String title, String summary, CategoryRef category, AuthorRef author,
		List<TagRef> tags, int readingMinutes, Instant publishedAt, Instant updatedAt) {

	public ArticleSummary {
		tags = List.copyOf(tags);
	}

}
