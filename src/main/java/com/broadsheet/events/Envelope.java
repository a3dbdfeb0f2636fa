package com.broadsheet.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An integration event as it travels: identity, type, time, the event serialized as JSON,
 * and headers (trace context) that ride along.
 */
record Envelope(UUID id, String type, Instant occurredAt, String payload, Map<String, String> headers) {

	Envelope {
		headers = Map.copyOf(headers);
	}

}
