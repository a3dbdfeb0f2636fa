package com.broadsheet.content;

/**
 * A change readers can see: an article published, updated or unpublished, or a category,
 * tag or author changed. Consumers that keep copies of public content (caches, CDNs)
 * receive all of them.
 */
public sealed interface ContentChange permits ArticlePublished, ArticleUpdated, ArticleUnpublished, TaxonomyChanged {

}
