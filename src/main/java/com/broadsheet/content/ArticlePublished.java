package com.broadsheet.content;

import java.time.Instant;

/** An article became visible to readers, now or at its scheduled time. */
public record ArticlePublished(long articleId, String title, Instant publishedAt, ArticleListing listing) {
}
