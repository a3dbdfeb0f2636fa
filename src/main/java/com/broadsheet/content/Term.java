package com.broadsheet.content;

/**
 * A category, tag or author.
 *
 * @param description the category description or author bio; empty for tags
 * @param publishedCount published articles in it, maintained on every article write
 */
public record Term(long id, TermKind kind, String slug, String name, String description, int publishedCount) {

	public CategoryRef asCategory() {
		return new CategoryRef(slug, name);
	}

	public AuthorRef asAuthor() {
		return new AuthorRef(slug, name);
	}

	public TagRef asTag() {
		return new TagRef(slug, name);
	}

}
