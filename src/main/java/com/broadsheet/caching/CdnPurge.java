package com.broadsheet.caching;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;

import com.broadsheet.content.ContentChange;
import com.broadsheet.events.Delivery;
import com.broadsheet.events.EventConsumer;

/**
 * Purges the CDN after a change: one request per affected surrogate key to
 * {@code broadsheet.cache.purge.url}. A consumer like any other, so a failing CDN API is
 * retried with back-off and never slows the editor down.
 */
class CdnPurge implements EventConsumer<ContentChange> {

	private final CacheProperties.Purge purge;

	private final MeterRegistry meters;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	CdnPurge(CacheProperties.Purge purge, MeterRegistry meters) {
		this.purge = purge;
		this.meters = meters;
	}

	@Override
	public String name() {
		return "cdn-purge";
	}

	@Override
	public Set<Class<? extends ContentChange>> eventTypes() {
		return AffectedKeys.EVENTS;
	}

	@Override
	public void consume(Delivery<ContentChange> delivery) throws Exception {
		for (String key : AffectedKeys.of(delivery.event())) {
			URI target = URI.create(purge.url().replace("{key}", URLEncoder.encode(key, StandardCharsets.UTF_8)));
			HttpRequest.Builder request = HttpRequest.newBuilder(target)
				.timeout(Duration.ofSeconds(10))
				.header("Surrogate-Key", key)
				.method(purge.method(), HttpRequest.BodyPublishers.noBody());
			purge.headers().forEach(request::header);
			int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status < 200 || status > 299) {
				meters.counter("broadsheet.cache.purges", "outcome", "failed").increment();
				throw new IllegalStateException("CDN purge of " + key + " answered HTTP " + status);
			}
			meters.counter("broadsheet.cache.purges", "outcome", "purged").increment();
		}
	}

}
