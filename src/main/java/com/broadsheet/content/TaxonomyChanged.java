package com.broadsheet.content;

/**
 * A category, tag or author was renamed, re-slugged or deleted: every page that shows it
 * is out of date.
 *
 * @param previousSlug the slug before the change (equal to {@code slug} if unchanged)
 */
public record TaxonomyChanged(TermKind kind, String slug, String previousSlug) {
}
