package com.broadsheet.operations;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Percentiles from the difference of two cumulative histograms (bucket bound → count).
 */
final class Histograms {

	private Histograms() {
	}

	/**
	 * @param before cumulative counts per upper bound at the start of the interval
	 * @param after the same at its end
	 * @param total requests in the interval (the count beyond the last bucket included)
	 * @return the quantile's upper bound estimate, linearly interpolated inside its
	 * bucket, or {@code null} without requests
	 */
	static Double quantile(double q, Map<Double, Double> before, Map<Double, Double> after, double total) {
		if (total <= 0) {
			return null;
		}
		NavigableMap<Double, Double> interval = new TreeMap<>();
		after.forEach((bound, count) -> interval.put(bound, count - before.getOrDefault(bound, 0.0)));
		double target = q * total;
		double previousBound = 0;
		double previousCount = 0;
		for (Map.Entry<Double, Double> bucket : interval.entrySet()) {
			if (bucket.getValue() >= target) {
				double inBucket = bucket.getValue() - previousCount;
				double fraction = inBucket <= 0 ? 1 : (target - previousCount) / inBucket;
				return previousBound + (bucket.getKey() - previousBound) * fraction;
			}
			previousBound = bucket.getKey();
			previousCount = bucket.getValue();
		}
		// Beyond the largest bucket: all we know is that it is at least that slow.
		return interval.isEmpty() ? null : interval.lastKey();
	}

}
