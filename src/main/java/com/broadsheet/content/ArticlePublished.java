package com.broadsheet.content;

import java.time.Instant;

import com.broadsheet.events.IntegrationEvent;

/** An article became visible to readers, now or at its scheduled time. */
@IntegrationEvent("article.published")
public record ArticlePublished(long articleId, String title, Instant publishedAt,
		ArticleListing listing) implements ContentChange {
}
