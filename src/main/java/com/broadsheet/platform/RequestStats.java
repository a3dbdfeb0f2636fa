package com.broadsheet.platform;

import java.util.concurrent.atomic.LongAdder;

/**
 * Running totals of the requests this instance answered (health probes and actuator calls
 * left out): how many, how many failed with a 5xx, and how long they took, in fixed
 * buckets. Cheap enough for every request, cache hits included; the operations page turns
 * the difference between two snapshots into rates and percentiles.
 */
public final class RequestStats {

	/** Upper bounds of the latency buckets, in milliseconds (one more bucket beyond). */
	public static final double[] BOUNDS_MILLIS = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000 };

	private final LongAdder[] buckets = new LongAdder[BOUNDS_MILLIS.length + 1];

	private final LongAdder total = new LongAdder();

	private final LongAdder errors = new LongAdder();

	public RequestStats() {
		for (int i = 0; i < buckets.length; i++) {
			buckets[i] = new LongAdder();
		}
	}

	/**
	 * Counts taken at one moment.
	 *
	 * @param cumulative requests at or under each bound of {@link #BOUNDS_MILLIS}
	 */
	public record Snapshot(long total, long errors, long[] cumulative) {
	}

	void record(String path, int status, long nanos) {
		if (path.startsWith("/actuator") || path.equals("/readyz") || path.equals("/livez")) {
			return;
		}
		total.increment();
		if (status >= 500) {
			errors.increment();
		}
		double millis = nanos / 1_000_000.0;
		int bucket = 0;
		while (bucket < BOUNDS_MILLIS.length && millis > BOUNDS_MILLIS[bucket]) {
			bucket++;
		}
		buckets[bucket].increment();
	}

	public Snapshot snapshot() {
		long[] cumulative = new long[BOUNDS_MILLIS.length];
		long running = 0;
		for (int i = 0; i < BOUNDS_MILLIS.length; i++) {
			running += buckets[i].sum();
			cumulative[i] = running;
		}
		return new Snapshot(total.sum(), errors.sum(), cumulative);
	}

}
