package com.broadsheet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One event as a consumer receives it.
 *
 * @param eventId the event's unique id, the same on every redelivery
 * @param type the event's {@link IntegrationEvent} name
 * @param occurredAt when the event was recorded
 * @param event the event record, deserialized
 * @param attempt 1 on the first delivery, then counting retries
 */
public record Delivery<E>(UUID eventId, String type, Instant occurredAt, E event, int attempt) {
}
