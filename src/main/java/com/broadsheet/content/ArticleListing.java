package com.broadsheet.content;

import java.util.List;

/**
 * Where an article appears for readers: its own page and the listings it is part of.
 * Events carry it so consumers (caches, CDN purges, webhooks) know what changed without
 * reading the database.
 */
public record ArticleListing(String slug, String category, String author, List<String> tags) {

	public ArticleListing {
		tags = List.copyOf(tags);
	}

}
