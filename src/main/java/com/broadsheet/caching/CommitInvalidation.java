package com.broadsheet.caching;

import com.broadsheet.content.ArticlePublished;
import com.broadsheet.content.ArticleUnpublished;
import com.broadsheet.content.ArticleUpdated;
import com.broadsheet.content.TaxonomyChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Read-your-writes on the instance that made a change: its caches are invalidated right
 * after the commit, in the editor's own request, before the response goes out. Other
 * instances hear about it through the {@code page-cache} broadcast consumer.
 */
@Component
class CommitInvalidation {

	private final LocalPages local;

	private final SharedPages shared;

	CommitInvalidation(LocalPages local, SharedPages shared) {
		this.local = local;
		this.shared = shared;
	}

	@TransactionalEventListener
	void on(ArticlePublished event) {
		invalidate(event);
	}

	@TransactionalEventListener
	void on(ArticleUpdated event) {
		invalidate(event);
	}

	@TransactionalEventListener
	void on(ArticleUnpublished event) {
		invalidate(event);
	}

	@TransactionalEventListener
	void on(TaxonomyChanged event) {
		invalidate(event);
	}

	private void invalidate(Object event) {
		var keys = AffectedKeys.of(event);
		shared.invalidate(keys);
		local.invalidate(keys);
	}

}
