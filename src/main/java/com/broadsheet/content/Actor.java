package com.broadsheet.content;

/**
 * Who is changing articles, as far as the content rules care: editors and admins manage
 * the whole site; anyone else writes only as, and only changes articles of, their own
 * author profile.
 *
 * @param accountId the account acting: whose autosaved edits are whose
 * @param name how revisions name them ("Maya Lindqvist")
 * @param authorSlug the author profile of the person acting, or {@code null} if none
 * @param managesSite whether they may change anyone's articles
 */
public record Actor(long accountId, String name, String authorSlug, boolean managesSite) {

	/** Whether this actor may change an article written by {@code author}. */
	public boolean mayEdit(String author) {
		return managesSite || (authorSlug != null && authorSlug.equals(author));
	}

}
