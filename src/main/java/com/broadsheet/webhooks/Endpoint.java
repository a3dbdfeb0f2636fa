package com.broadsheet.webhooks;

import java.time.Instant;
import java.util.List;

/**
 * A registered webhook endpoint. The secret is never returned; {@code secretHint} shows
 * its last characters so people can tell secrets apart.
 */
public record Endpoint(long id, String url, List<String> events, boolean enabled, String secretHint,
		Instant createdAt) {

	public Endpoint {
		events = List.copyOf(events);
	}

}
