package com.broadsheet.content;

import java.time.Instant;

import com.broadsheet.events.IntegrationEvent;

/** An article stopped being visible to readers (unpublished or deleted). */
@IntegrationEvent("article.unpublished")
public record ArticleUnpublished(long articleId, Instant unpublishedAt,
		ArticleListing listing) implements ContentChange {
}
