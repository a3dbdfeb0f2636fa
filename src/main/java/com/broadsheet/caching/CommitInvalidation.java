package com.broadsheet.caching;

import com.broadsheet.content.ContentChange;

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
	void on(ContentChange change) {
		var keys = AffectedKeys.of(change);
		shared.invalidate(keys);
		local.invalidate(keys);
	}

}
