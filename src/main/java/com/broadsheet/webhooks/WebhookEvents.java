package com.broadsheet.webhooks;

import java.util.List;
import java.util.Set;

import com.broadsheet.content.ArticlePublished;
import com.broadsheet.content.ArticleUnpublished;
import com.broadsheet.content.ArticleUpdated;
import com.broadsheet.events.EventNames;
import com.broadsheet.leads.LeadCreated;

/** The events an endpoint may subscribe to, by their declared names. */
public final class WebhookEvents {

	static final Set<Class<?>> TYPES = Set.of(LeadCreated.class, ArticlePublished.class, ArticleUpdated.class,
			ArticleUnpublished.class);

	/** {@code lead.created}, {@code article.published}, ... in a stable order. */
	public static final List<String> NAMES = TYPES.stream().map(EventNames::of).sorted().toList();

	private WebhookEvents() {
	}

}
