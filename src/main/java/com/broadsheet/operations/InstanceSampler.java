package com.broadsheet.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Turns this instance's meters into one {@link SystemSample} per interval: each call
 * compares the meters now with the previous call.
 */
class InstanceSampler {

	private record Reading(Instant at, RequestTotals requests, double cacheHits, double cacheLookups) {
	}

	private final MeterRegistry meters;

	private final Clock clock;

	private final String instance;

	private Reading previous;

	InstanceSampler(MeterRegistry meters, Clock clock, String instance) {
		this.meters = meters;
		this.clock = clock;
		this.instance = instance;
	}

	/** The figures since the previous call; {@code null} on the first call. */
	synchronized SystemSample next() {
		Reading now = read();
		Reading before = previous;
		previous = now;
		return before == null ? null : compare(before, now);
	}

	private Reading read() {
		double hits = 0;
		double lookups = 0;
		for (Counter counter : meters.find("broadsheet.cache.requests").tag("level", "l1").counters()) {
			lookups += counter.count();
			if ("hit".equals(counter.getId().getTag("result"))) {
				hits += counter.count();
			}
		}
		return new Reading(clock.instant(), RequestTotals.read(meters), hits, lookups);
	}

	private SystemSample compare(Reading before, Reading now) {
		double seconds = Math.max(0.001, Duration.between(before.at(), now.at()).toMillis() / 1000.0);
		RequestTotals requests = now.requests();
		double count = requests.total() - before.requests().total();
		double errors = requests.errors() - before.requests().errors();
		double lookups = now.cacheLookups() - before.cacheLookups();
		return new SystemSample(instance, now.at(), count / seconds, requests.quantileSince(before.requests(), 0.95),
				requests.quantileSince(before.requests(), 0.99), count > 0 ? errors / count : null,
				lookups > 0 ? (now.cacheHits() - before.cacheHits()) / lookups : null, poolUsage(),
				gauge("broadsheet.events.queue.depth"), gauge("broadsheet.outbox.backlog"));
	}

	private Double poolUsage() {
		double max = gauge("hikaricp.connections.max");
		return max > 0 ? gauge("hikaricp.connections.active") / max : null;
	}

	private double gauge(String name) {
		double sum = 0;
		for (Gauge gauge : meters.find(name).gauges()) {
			double value = gauge.value();
			if (!Double.isNaN(value)) {
				sum += value;
			}
		}
		return sum;
	}

}
