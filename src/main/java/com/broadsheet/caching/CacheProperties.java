package com.broadsheet.caching;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code broadsheet.cache.*}.
 *
 * @param enabled serve public pages from the in-process and shared caches (HTTP caching
 * headers are sent either way)
 * @param localMaxSize total size of rendered pages kept in each instance's memory
 * @param localTtl how long an instance keeps a page without hearing it changed
 * @param sharedTtl how long a page stays in Redis
 * @param http the Cache-Control values sent to browsers and CDNs
 * @param purge where CDN purge requests go
 */
@ConfigurationProperties("broadsheet.cache")
public record CacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize localMaxSize,
		@DefaultValue("5m") Duration localTtl, @DefaultValue("1h") Duration sharedTtl, @DefaultValue Http http,
		@DefaultValue Purge purge) {

	/**
	 * @param maxAge browsers may reuse a page this long without asking
	 * @param sMaxAge shared caches (CDNs) may reuse it this long; purged on change
	 * @param staleWhileRevalidate a cache may serve the old page this long while it
	 * fetches the new one
	 * @param staleIfError a cache may serve the old page this long while the origin fails
	 */
	public record Http(@DefaultValue("60s") Duration maxAge, @DefaultValue("5m") Duration sMaxAge,
			@DefaultValue("60s") Duration staleWhileRevalidate, @DefaultValue("1d") Duration staleIfError) {

		String cacheControl() {
			return "public, max-age=" + maxAge.toSeconds() + ", s-maxage=" + sMaxAge.toSeconds()
					+ ", stale-while-revalidate=" + staleWhileRevalidate.toSeconds() + ", stale-if-error="
					+ staleIfError.toSeconds();
		}

	}

	/**
	 * A generic HTTP purge: one request per surrogate key.
	 *
	 * @param url the purge endpoint with {@code {key}} where the surrogate key goes, e.g.
	 * {@code https://api.fastly.com/service/ID/purge/{key}}; no purging when unset
	 * @param method the HTTP method, e.g. {@code POST} or {@code PURGE}
	 * @param headers extra request headers, e.g. an API key
	 */
	public record Purge(String url, @DefaultValue("POST") String method, Map<String, String> headers) {

		public Purge {
			headers = headers == null ? Map.of() : Map.copyOf(headers);
		}

	}

}
