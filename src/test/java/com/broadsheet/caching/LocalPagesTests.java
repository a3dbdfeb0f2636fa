package com.broadsheet.caching;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LocalPagesTests {

	SimpleMeterRegistry meters = new SimpleMeterRegistry();

	LocalPages pages = new LocalPages(new CacheProperties(true, DataSize.ofKilobytes(64), Duration.ofMinutes(5),
			Duration.ofHours(1), new CacheProperties.Http(Duration.ofSeconds(60), Duration.ofMinutes(5),
					Duration.ofSeconds(60), Duration.ofDays(1)),
			new CacheProperties.Purge(null, "POST", Map.of())), meters);

	@Test
	void invalidationDropsExactlyThePagesThatDependOnAChangedKey() {
		store("/a", Set.of("article-a", "category-x"));
		store("/b", Set.of("article-b", "category-y"));
		pages.invalidate(Set.of("category-x"));
		assertThat(cached("/a")).isNull();
		assertThat(cached("/b")).isNotNull();
	}

	@Test
	void aPageRenderedBeforeAChangeToOneOfItsKeysIsNeverFresh() {
		long renderStarted = pages.sequence();
		pages.invalidate(Set.of("article-a"));
		CachedPage rendered = page(Set.of("article-a"), renderStarted);
		assertThat(pages.changedSince(renderStarted, rendered.keys())).isTrue();
		assertThat(pages.fresh(rendered)).isFalse();
		assertThat(pages.fresh(page(Set.of("article-b"), renderStarted))).isTrue();
		assertThat(pages.fresh(page(Set.of("article-a"), pages.sequence()))).isTrue();
	}

	@Test
	void staysWithinItsByteBudgetAndCountsEvictions() {
		for (int i = 0; i < 40; i++) {
			store("/page-" + i, Set.of("article-" + i));
		}
		// Caffeine evicts in its asynchronous maintenance, moments after the writes: wait
		// for the evictions themselves, not for the counter (it exists from the start).
		await().untilAsserted(() -> {
			assertThat(meters.get("broadsheet.cache.evictions").tag("level", "l1").counter().count()).isPositive();
			assertThat(meters.get("broadsheet.cache.weight").tag("level", "l1").gauge().value())
				.isLessThanOrEqualTo(64 * 1024);
		});
	}

	private void store(String key, Set<String> keys) {
		pages.claim(key, CompletableFuture.completedFuture(page(keys, pages.sequence())));
	}

	private CachedPage cached(String key) {
		CompletableFuture<CachedPage> probe = new CompletableFuture<>();
		CompletableFuture<CachedPage> existing = pages.claim(key, probe);
		if (existing == null) {
			pages.drop(key, probe);
			return null;
		}
		return existing.join();
	}

	private static CachedPage page(Set<String> keys, long sequence) {
		return new CachedPage(200, Map.of("Content-Type", List.of("text/html")), new byte[4096], "\"e\"", keys,
				sequence, 0, null);
	}

}
