package com.broadsheet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event a consumer gave up on.
 *
 * @param attempts how many times it was tried
 * @param lastError why the last attempt failed
 */
public record DeadLetter(String consumer, UUID eventId, String type, Instant occurredAt, int attempts,
		String lastError) {
}
