package com.broadsheet.caching;

import java.util.Set;

/** L2: pages shared by all instances. */
interface SharedPages {

	/** Nothing shared (the embedded default): every call is a miss and a no-op. */
	SharedPages NONE = new SharedPages() {
		@Override
		public CachedPage get(String key) {
			return null;
		}

		@Override
		public void put(String key, CachedPage page) {
		}

		@Override
		public long sequence() {
			return 0;
		}

		@Override
		public void invalidate(Set<String> keys) {
		}
	};

	/**
	 * @return a fresh page, or {@code null} on a miss, a stale entry or any failure
	 */
	CachedPage get(String key);

	/** Best effort: failures are swallowed. */
	void put(String key, CachedPage page);

	/** The shared invalidation sequence now, to be stored with a page about to render. */
	long sequence();

	/**
	 * Makes every stored page that depends on one of the keys stale, on all instances.
	 */
	void invalidate(Set<String> keys);

}
