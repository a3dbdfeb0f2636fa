package com.broadsheet.content;

import java.time.Instant;

/** A published article's slug and last change, for the sitemap. */
public record ArticleLocation(String slug, Instant updatedAt) {
}
