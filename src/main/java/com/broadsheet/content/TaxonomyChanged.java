package com.broadsheet.content;

import com.broadsheet.events.IntegrationEvent;

/**
 * A category, tag or author was renamed, re-slugged or deleted: every page that shows it
 * is out of date.
 *
 * @param previousSlug the slug before the change (equal to {@code slug} if unchanged)
 */
@IntegrationEvent("taxonomy.changed")
public record TaxonomyChanged(TermKind kind, String slug, String previousSlug) implements ContentChange {
}
