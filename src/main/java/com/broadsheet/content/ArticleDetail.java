package com.broadsheet.content;

import java.time.Instant;
import java.util.List;

/**
 * A published article with its body.
 *
 * @param bodyHtml rendered from Markdown and sanitized: safe to emit unescaped
 * @param cover the cover image, or {@code null}
 */
public record ArticleDetail(long id, String slug, String title, String summary, CategoryRef category, AuthorRef author,
		List<TagRef> tags, int readingMinutes, Instant publishedAt, Instant updatedAt, String bodyHtml, Cover cover) {

	public ArticleDetail {
		tags = List.copyOf(tags);
	}

	public ArticleSummary summaryView() {
		return new ArticleSummary(id, slug, title, summary, category, author, tags, readingMinutes, publishedAt,
				updatedAt, cover);
	}

}
