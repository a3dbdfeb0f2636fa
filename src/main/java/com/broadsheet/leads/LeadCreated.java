package com.broadsheet.leads;

import java.time.Instant;
import java.util.UUID;

import com.broadsheet.events.IntegrationEvent;

/**
 * A lead was accepted and stored. Carries no personal data: consumers read the lead
 * through {@link LeadDirectory} when they need it.
 *
 * @param articleSlug the article the lead came from, or {@code null}
 */
@IntegrationEvent("lead.created")
public record LeadCreated(UUID leadId, LeadSource source, String articleSlug, Instant createdAt) {
}
