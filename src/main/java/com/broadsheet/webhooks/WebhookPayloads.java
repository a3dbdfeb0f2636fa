package com.broadsheet.webhooks;

import com.broadsheet.content.ArticlePaths;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import com.broadsheet.content.ArticleListing;
import com.broadsheet.content.ArticlePublished;
import com.broadsheet.content.ArticleUnpublished;
import com.broadsheet.content.ArticleUpdated;
import com.broadsheet.events.Delivery;
import com.broadsheet.events.PermanentFailure;
import com.broadsheet.leads.Lead;
import com.broadsheet.leads.LeadCreated;
import com.broadsheet.leads.LeadDirectory;
import com.broadsheet.leads.LeadNotFound;
import com.broadsheet.web.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * The JSON body of a webhook: {@code {"id", "type", "createdAt", "data"}}. Built once per
 * event and stored, so every attempt sends, and signs, exactly the same bytes.
 */
@Component
class WebhookPayloads {

	private final LeadDirectory leads;

	private final SiteProperties site;

	private final JsonMapper json;

	WebhookPayloads(LeadDirectory leads, SiteProperties site, JsonMapper json) {
		this.leads = leads;
		this.site = site;
		this.json = json;
	}

	String body(Delivery<?> delivery) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", delivery.eventId().toString());
		body.put("type", delivery.type());
		body.put("createdAt", delivery.occurredAt().toString());
		body.put("data", data(delivery.event()));
		return json.writeValueAsString(body);
	}

	private Object data(Object event) {
		return switch (event) {
			case LeadCreated created -> lead(created);
			case ArticlePublished published -> article(published.articleId(), published.title(), published.listing(),
					Map.of("publishedAt", published.publishedAt().toString()));
			case ArticleUpdated updated -> article(updated.articleId(), updated.title(), updated.listing(),
					Map.of("updatedAt", updated.updatedAt().toString(), "previousSlug", updated.previous().slug()));
			case ArticleUnpublished unpublished -> article(unpublished.articleId(), null, unpublished.listing(),
					Map.of("unpublishedAt", unpublished.unpublishedAt().toString()));
			default -> throw new PermanentFailure("No webhook payload for " + event.getClass().getSimpleName());
		};
	}

	private Map<String, Object> lead(LeadCreated created) {
		Lead lead;
		try {
			lead = leads.get(created.leadId());
		}
		catch (LeadNotFound ex) {
			throw new PermanentFailure("Lead " + created.leadId() + " no longer exists", ex);
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", lead.id().toString());
		data.put("name", lead.name());
		data.put("email", lead.email());
		data.put("company", lead.company());
		data.put("message", lead.message());
		data.put("source", lead.source().name());
		if (lead.articleSlug() != null) {
			data.put("article", Map.of("slug", lead.articleSlug(), "title", lead.articleTitle(), "url",
					site.absolute(ArticlePaths.of(lead.articleSlug()))));
		}
		data.put("createdAt", lead.createdAt().toString());
		return data;
	}

	private Map<String, Object> article(long id, String title, ArticleListing listing, Map<String, String> extra) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", id);
		data.put("slug", listing.slug());
		if (title != null) {
			data.put("title", title);
		}
		data.put("url", site.absolute(ArticlePaths.of(listing.slug())));
		data.put("category", listing.category());
		data.put("author", listing.author());
		data.put("tags", listing.tags());
		data.putAll(extra);
		return data;
	}

}
