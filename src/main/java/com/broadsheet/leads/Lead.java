package com.broadsheet.leads;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored lead.
 *
 * @param company may be {@code null}
 * @param articleSlug the article it came from, or {@code null}
 * @param articleTitle that article's title when the lead arrived, or {@code null}
 */
public record Lead(UUID id, String name, String email, String company, String message, boolean consent,
		LeadSource source, String articleSlug, String articleTitle, Instant createdAt) {
}
