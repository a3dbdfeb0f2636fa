package com.broadsheet.content;

import java.time.Instant;

/** An article stopped being visible to readers (unpublished or deleted). */
public record ArticleUnpublished(long articleId, Instant unpublishedAt, ArticleListing listing) {
}
