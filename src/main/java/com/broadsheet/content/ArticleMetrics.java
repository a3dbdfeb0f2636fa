package com.broadsheet.content;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code broadsheet.articles.published} and {@code .unpublished}: lifecycle changes,
 * counted once committed (on the instance that made them).
 */
@Component
class ArticleMetrics {

	private final Counter published;

	private final Counter unpublished;

	ArticleMetrics(MeterRegistry meters) {
		this.published = meters.counter("broadsheet.articles.published");
		this.unpublished = meters.counter("broadsheet.articles.unpublished");
	}

	@TransactionalEventListener
	void on(ArticlePublished event) {
		published.increment();
	}

	@TransactionalEventListener
	void on(ArticleUnpublished event) {
		unpublished.increment();
	}

}
