package com.broadsheet.content;

import java.time.Instant;

/**
 * A published article changed. {@code previous} is where it appeared before the change
 * (slug, category or tags may have moved).
 */
public record ArticleUpdated(long articleId, String title, Instant updatedAt, ArticleListing listing,
		ArticleListing previous) {
}
