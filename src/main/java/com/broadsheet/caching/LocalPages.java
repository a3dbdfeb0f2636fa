package com.broadsheet.caching;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * L1: this instance's rendered pages in Caffeine, bounded by their size in bytes and a
 * TTL. Entries are futures, so concurrent misses for one key share one render (single
 * flight). Invalidation is recorded in a sequence: a page whose render started before a
 * change to one of its keys is never stored, and never served.
 */
class LocalPages {

	private final AsyncCache<String, CachedPage> cache;

	private final AtomicLong sequence = new AtomicLong();

	/** For each surrogate key, the sequence number of its last invalidation. */
	private final Map<String, Long> touched = new ConcurrentHashMap<>();

	LocalPages(CacheProperties properties, MeterRegistry meters) {
		this.cache = Caffeine.newBuilder()
			.maximumWeight(properties.localMaxSize().toBytes())
			.weigher((String key, CachedPage page) -> page.weight())
			.expireAfterWrite(properties.localTtl())
			.removalListener((String key, CachedPage page, RemovalCause cause) -> {
				if (cause.wasEvicted()) {
					meters.counter("broadsheet.cache.evictions", "level", "l1", "cause", cause.name().toLowerCase())
						.increment();
				}
			})
			.buildAsync();
		// Present from the start (at 0), so dashboards and alerts see the series.
		meters.counter("broadsheet.cache.evictions", "level", "l1", "cause", "size");
		Gauge.builder("broadsheet.cache.size", cache, c -> c.synchronous().estimatedSize())
			.tag("level", "l1")
			.description("Pages held in this instance's memory")
			.register(meters);
		Gauge
			.builder("broadsheet.cache.weight", cache,
					c -> c.synchronous().policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L))
			.tag("level", "l1")
			.baseUnit("bytes")
			.description("Bytes of rendered pages held in this instance's memory")
			.register(meters);
	}

	/**
	 * Claims the key for loading, or returns the future of whoever is loading (or has
	 * loaded) it.
	 * @return {@code null} if the caller now owns {@code claim} and must complete it
	 */
	CompletableFuture<CachedPage> claim(String key, CompletableFuture<CachedPage> claim) {
		return cache.asMap().putIfAbsent(key, claim);
	}

	/** The page's future if one is cached or loading; no allocation on the hot path. */
	CompletableFuture<CachedPage> find(String key) {
		return cache.getIfPresent(key);
	}

	void drop(String key, CompletableFuture<CachedPage> future) {
		cache.asMap().remove(key, future);
	}

	long sequence() {
		return sequence.get();
	}

	/** Whether any of the keys was invalidated after the given sequence number. */
	boolean changedSince(long since, Set<String> keys) {
		for (String key : keys) {
			Long last = touched.get(key);
			if (last != null && last > since) {
				return true;
			}
		}
		return false;
	}

	boolean fresh(CachedPage page) {
		return !changedSince(page.localSequence(), page.keys());
	}

	/** Records the change and drops every page that depends on one of the keys. */
	void invalidate(Set<String> keys) {
		long now = sequence.incrementAndGet();
		keys.forEach(key -> touched.merge(key, now, Math::max));
		cache.synchronous().asMap().values().removeIf(page -> page.dependsOnAny(keys));
	}

	void clear() {
		sequence.incrementAndGet();
		cache.synchronous().invalidateAll();
	}

}
