package com.broadsheet.content;

/**
 * Where an article is in its life: only {@code PUBLISHED} articles are visible to
 * readers.
 */
public enum ArticleStatus {

	DRAFT, SCHEDULED, PUBLISHED

}
