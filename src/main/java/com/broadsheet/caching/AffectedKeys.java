package com.broadsheet.caching;

import java.util.LinkedHashSet;
import java.util.Set;

import com.broadsheet.content.ArticleListing;
import com.broadsheet.content.ArticlePublished;
import com.broadsheet.content.ArticleUnpublished;
import com.broadsheet.content.ArticleUpdated;
import com.broadsheet.content.ContentChange;
import com.broadsheet.content.TaxonomyChanged;
import com.broadsheet.content.SurrogateKeys;

/**
 * The surrogate keys a change makes stale: the article's own page, every listing it was
 * or is now part of, and the site-wide lists (index, feeds, sitemap, counts).
 */
final class AffectedKeys {

	static final Set<Class<? extends ContentChange>> EVENTS = Set.of(ArticlePublished.class, ArticleUpdated.class,
			ArticleUnpublished.class, TaxonomyChanged.class);

	private AffectedKeys() {
	}

	static Set<String> of(ContentChange event) {
		Set<String> keys = new LinkedHashSet<>(
				Set.of(SurrogateKeys.INDEX, SurrogateKeys.FEEDS, SurrogateKeys.SITEMAP, SurrogateKeys.TAXONOMY));
		switch (event) {
			case ArticlePublished published -> add(keys, published.listing());
			case ArticleUpdated updated -> {
				add(keys, updated.listing());
				add(keys, updated.previous());
			}
			case ArticleUnpublished unpublished -> add(keys, unpublished.listing());
			case TaxonomyChanged changed -> {
				keys.add(SurrogateKeys.term(changed.kind().label(), changed.slug()));
				keys.add(SurrogateKeys.term(changed.kind().label(), changed.previousSlug()));
			}
		}
		return keys;
	}

	private static void add(Set<String> keys, ArticleListing listing) {
		if (listing == null) {
			return;
		}
		keys.add(SurrogateKeys.article(listing.slug()));
		keys.add(SurrogateKeys.category(listing.category()));
		keys.add(SurrogateKeys.author(listing.author()));
		listing.tags().forEach(tag -> keys.add(SurrogateKeys.tag(tag)));
	}

}
