package com.broadsheet.content;

import java.time.Instant;

/**
 * One save of an article: its new content, and where in its lifecycle it should end up.
 *
 * @param draft the content, validated on save
 * @param target {@code null} to keep the article's status; {@code PUBLISHED} publishes a
 * draft or scheduled article now; {@code DRAFT} takes it off the site or the schedule;
 * {@code SCHEDULED} publishes it at {@code scheduledAt}
 * @param scheduledAt when to publish, required for {@code SCHEDULED}
 */
public record ArticleChange(ArticleDraft draft, ArticleStatus target, Instant scheduledAt) {

	/** Saves the content and keeps the status. */
	public static ArticleChange save(ArticleDraft draft) {
		return new ArticleChange(draft, null, null);
	}

}
