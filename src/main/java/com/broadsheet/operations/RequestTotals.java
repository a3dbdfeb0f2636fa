package com.broadsheet.operations;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;

/**
 * Requests answered so far, read from the {@code http.server.requests} timers Micrometer
 * keeps (cache hits included, health probes and actuator calls left out): how many, how
 * many failed with a 5xx, and how many took at most each histogram bound. The operations
 * page turns the difference between two readings into a rate and percentiles.
 *
 * @param cumulative requests at or under each bound, in milliseconds
 */
record RequestTotals(long total, long errors, NavigableMap<Double, Double> cumulative) {

	static RequestTotals read(MeterRegistry meters) {
		long total = 0;
		long errors = 0;
		NavigableMap<Double, Double> cumulative = new TreeMap<>();
		for (Timer timer : meters.find("http.server.requests").timers()) {
			if (isOperational(timer.getId().getTag("uri"))) {
				continue;
			}
			var snapshot = timer.takeSnapshot();
			total += snapshot.count();
			String status = timer.getId().getTag("status");
			if (status != null && status.startsWith("5")) {
				errors += snapshot.count();
			}
			for (CountAtBucket bucket : snapshot.histogramCounts()) {
				cumulative.merge(bucket.bucket(TimeUnit.MILLISECONDS), bucket.count(), Double::sum);
			}
		}
		return new RequestTotals(total, errors, cumulative);
	}

	private static boolean isOperational(String uri) {
		return uri != null && (uri.startsWith("/actuator") || uri.equals("/readyz") || uri.equals("/livez"));
	}

	/**
	 * The quantile of the requests answered between {@code before} and this reading: the
	 * upper bound of its histogram bucket, linearly interpolated inside the bucket.
	 * @return milliseconds, or {@code null} without requests or without a histogram
	 */
	Double quantileSince(RequestTotals before, double q) {
		double count = total - before.total;
		if (count <= 0 || cumulative.isEmpty()) {
			return null;
		}
		double target = q * count;
		double previousBound = 0;
		double previousCount = 0;
		for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
			double inInterval = bucket.getValue() - before.cumulative.getOrDefault(bucket.getKey(), 0.0);
			if (inInterval >= target) {
				double inBucket = inInterval - previousCount;
				double fraction = inBucket <= 0 ? 1 : (target - previousCount) / inBucket;
				return previousBound + (bucket.getKey() - previousBound) * fraction;
			}
			previousBound = bucket.getKey();
			previousCount = inInterval;
		}
		// Beyond the largest bucket: all we know is that it is at least that slow.
		return cumulative.lastKey();
	}

}
