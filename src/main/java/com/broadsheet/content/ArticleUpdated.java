package com.broadsheet.content;

import java.time.Instant;

import com.broadsheet.events.IntegrationEvent;

/**
 * A published article changed. {@code previous} is where it appeared before the change
 * (slug, category or tags may have moved).
 */
@IntegrationEvent("article.updated")
public record ArticleUpdated(long articleId, String title, Instant updatedAt, ArticleListing listing,
		ArticleListing previous) implements ContentChange {
}
