package com.broadsheet.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.broadsheet.platform.PollingLoop;
import com.broadsheet.platform.RedisSettings;
import com.broadsheet.platform.RequestStats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Samples this instance's figures every {@code broadsheet.operations.sample-interval} (5
 * s), keeps the last ten minutes, and, when Redis is configured, publishes the latest
 * sample in the hash {@code <prefix>:ops:v1:instances} (field: the instance id), so every
 * instance can show the whole cluster; entries older than three intervals are ignored and
 * removed.
 */
@Component
public class SystemMetrics implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SystemMetrics.class);

	private static final int HISTORY = 120;

	private final RequestStats requests;

	private final MeterRegistry meters;

	private final Clock clock;

	private final String instance;

	private final Duration interval;

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final String key;

	private final Deque<SystemSample> history = new ArrayDeque<>();

	private final PollingLoop loop;

	private Totals previous;

	SystemMetrics(RequestStats requests, MeterRegistry meters, Clock clock, JsonMapper json, RedisSettings settings,
			ObjectProvider<StringRedisTemplate> redis, @Value("${broadsheet.instance-id}") String instance,
			@Value("${broadsheet.operations.sample-interval:5s}") Duration interval) {
		this.requests = requests;
		this.meters = meters;
		this.clock = clock;
		this.json = json;
		this.instance = instance;
		this.interval = interval;
		this.redis = settings.enabled() ? redis.getIfAvailable() : null;
		this.key = settings.keyPrefix() + ":ops:v1:instances";
		this.loop = new PollingLoop("system-metrics", () -> {
			sample();
			return interval;
		}, interval);
	}

	/** This instance's samples, oldest first (at most ten minutes). */
	public synchronized List<SystemSample> history() {
		return List.copyOf(history);
	}

	public String instance() {
		return instance;
	}

	public Duration interval() {
		return interval;
	}

	/**
	 * The latest sample of every instance that published one recently, this one first;
	 * just this instance without Redis or while Redis is unreachable.
	 */
	public List<SystemSample> cluster() {
		List<SystemSample> latest = new ArrayList<>();
		SystemSample own = latest();
		if (own != null) {
			latest.add(own);
		}
		if (redis == null) {
			return latest;
		}
		try {
			Instant stale = clock.instant().minus(interval.multipliedBy(3));
			for (Map.Entry<Object, Object> entry : redis.opsForHash().entries(key).entrySet()) {
				SystemSample sample = json.readValue(entry.getValue().toString(), SystemSample.class);
				if (sample.at().isBefore(stale)) {
					redis.opsForHash().delete(key, entry.getKey()); // an instance that
																	// stopped
				}
				else if (!sample.instance().equals(instance)) {
					latest.add(sample);
				}
			}
		}
		catch (RuntimeException ex) {
			log.debug("Cluster figures unavailable: {}", ex.toString());
		}
		latest.subList(own == null ? 0 : 1, latest.size()).sort(Comparator.comparing(SystemSample::instance));
		return latest;
	}

	private synchronized SystemSample latest() {
		return history.peekLast();
	}

	/** Takes a sample now (also called by the polling loop). */
	void sample() {
		Totals now = read();
		Totals before;
		synchronized (this) {
			before = previous;
			previous = now;
		}
		if (before == null) {
			return;
		}
		SystemSample sample = compare(before, now);
		synchronized (this) {
			history.addLast(sample);
			while (history.size() > HISTORY) {
				history.removeFirst();
			}
		}
		if (redis != null) {
			try {
				redis.opsForHash().put(key, instance, json.writeValueAsString(sample));
				redis.expire(key, Duration.ofDays(1));
			}
			catch (RuntimeException ex) {
				log.debug("Could not publish this instance's figures: {}", ex.toString());
			}
		}
	}

	private record Totals(Instant at, RequestStats.Snapshot requests, double cacheHits, double cacheLookups) {
	}

	private Totals read() {
		double hits = 0;
		double lookups = 0;
		for (Counter counter : meters.find("broadsheet.cache.requests").tag("level", "l1").counters()) {
			lookups += counter.count();
			if ("hit".equals(counter.getId().getTag("result"))) {
				hits += counter.count();
			}
		}
		return new Totals(clock.instant(), requests.snapshot(), hits, lookups);
	}

	private SystemSample compare(Totals before, Totals now) {
		double seconds = Math.max(0.001, Duration.between(before.at(), now.at()).toMillis() / 1000.0);
		double count = now.requests().total() - before.requests().total();
		double errors = now.requests().errors() - before.requests().errors();
		Map<Double, Double> from = new HashMap<>();
		Map<Double, Double> to = new TreeMap<>();
		for (int i = 0; i < RequestStats.BOUNDS_MILLIS.length; i++) {
			from.put(RequestStats.BOUNDS_MILLIS[i], (double) before.requests().cumulative()[i]);
			to.put(RequestStats.BOUNDS_MILLIS[i], (double) now.requests().cumulative()[i]);
		}
		double lookups = now.cacheLookups() - before.cacheLookups();
		return new SystemSample(instance, now.at(), count / seconds, Histograms.quantile(0.95, from, to, count),
				Histograms.quantile(0.99, from, to, count), count > 0 ? errors / count : null,
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

	@Override
	public void start() {
		loop.start();
	}

	@Override
	public void stop() {
		loop.stop();
	}

	@Override
	public boolean isRunning() {
		return loop.isRunning();
	}

}
