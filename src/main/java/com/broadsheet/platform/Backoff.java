package com.broadsheet.platform;

import java.time.Duration;
import java.util.List;

/**
 * How long to wait after the n-th failure of something that is retried: the one back-off
 * every retry in the application uses (the outbox relay, event consumers, webhook
 * deliveries).
 */
public final class Backoff {

	private final List<Duration> schedule;

	private final Duration max;

	private Backoff(List<Duration> schedule, Duration max) {
		this.schedule = List.copyOf(schedule);
		this.max = max;
	}

	/** {@code first}, then doubling after every failure, never more than {@code max}. */
	public static Backoff exponential(Duration first, Duration max) {
		if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
			throw new IllegalArgumentException("A back-off needs 0 < first <= max: " + first + ", " + max);
		}
		return new Backoff(List.of(first), max);
	}

	/** The given delays in order; the last one repeats. */
	public static Backoff schedule(List<Duration> delays) {
		if (delays.isEmpty()) {
			throw new IllegalArgumentException("A back-off schedule needs at least one delay");
		}
		return new Backoff(delays, null);
	}

	/**
	 * @param failures how many attempts have failed so far (1 after the first failure;
	 * anything lower counts as 1)
	 */
	public Duration after(int failures) {
		int n = Math.max(failures, 1);
		if (max == null) {
			return schedule.get(Math.min(n, schedule.size()) - 1);
		}
		Duration delay = schedule.getFirst().multipliedBy(1L << Math.min(n - 1, 30));
		return delay.compareTo(max) > 0 || delay.isNegative() ? max : delay;
	}

}
