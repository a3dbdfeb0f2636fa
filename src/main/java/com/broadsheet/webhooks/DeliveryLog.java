package com.broadsheet.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One delivery of one event to one endpoint, with every attempt made.
 *
 * @param status {@code PENDING} (will be tried again), {@code DELIVERED} or
 * {@code FAILED} (gave up after the retry window)
 */
public record DeliveryLog(long id, long endpointId, UUID eventId, String eventType, String status, int attempts,
		Instant createdAt, Instant deliveredAt, Instant nextAttemptAt, List<Attempt> log) {

	/**
	 * @param statusCode the HTTP status, or {@code null} if no response came
	 * @param error why the attempt failed, or {@code null}
	 */
	public record Attempt(int attempt, Instant at, Integer statusCode, int latencyMillis, String error) {
	}

	public DeliveryLog {
		log = List.copyOf(log);
	}

}
