package com.broadsheet.content;

import java.time.Instant;
import java.util.Set;

/**
 * One save of an article: its new content, where in its lifecycle it should end up, and
 * what must still hold for the save to go ahead.
 *
 * @param draft the content, validated on save
 * @param target {@code null} to keep the article's status; {@code PUBLISHED} publishes a
 * draft or scheduled article now; {@code DRAFT} takes it off the site or the schedule;
 * {@code SCHEDULED} publishes it at {@code scheduledAt}
 * @param scheduledAt when to publish, required for {@code SCHEDULED}
 * @param basedOn the version the editor started from: the save is refused when someone
 * changed the text since (a publish or a new cover in between is no conflict), or
 * {@code null} to save regardless
 * @param versionIn the article must be at one of these versions (an HTTP
 * {@code If-Match}), or {@code null} for no such condition
 * @param takeOverSlug whether the article may take a slug that still redirects to another
 * article
 */
public record ArticleChange(ArticleDraft draft, ArticleStatus target, Instant scheduledAt, Integer basedOn,
		Set<Integer> versionIn, boolean takeOverSlug) {

	public ArticleChange {
		versionIn = versionIn == null ? null : Set.copyOf(versionIn);
	}

	public ArticleChange(ArticleDraft draft, ArticleStatus target, Instant scheduledAt) {
		this(draft, target, scheduledAt, null, null, false);
	}

	/** Saves the content and keeps the status. */
	public static ArticleChange save(ArticleDraft draft) {
		return new ArticleChange(draft, null, null);
	}

	/** The same change, refused if the text changed after {@code version}. */
	public ArticleChange basedOn(Integer version) {
		return new ArticleChange(draft, target, scheduledAt, version, versionIn, takeOverSlug);
	}

	/** The same change, refused unless the article is at one of {@code versions}. */
	public ArticleChange ifVersionIn(Set<Integer> versions) {
		return new ArticleChange(draft, target, scheduledAt, basedOn, versions, takeOverSlug);
	}

	public ArticleChange takingOverSlug(boolean takeOver) {
		return new ArticleChange(draft, target, scheduledAt, basedOn, versionIn, takeOver);
	}

}
