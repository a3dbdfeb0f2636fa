package com.broadsheet.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The latest sample of every instance, in the Redis hash
 * {@code <prefix>:ops:v1:instances} (field: the instance id), so every instance can show
 * the whole cluster. Entries older than three intervals are ignored and removed: their
 * instance has stopped.
 */
class ClusterBoard {

	private static final Logger log = LoggerFactory.getLogger(ClusterBoard.class);

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final Clock clock;

	private final String key;

	private final Duration staleAfter;

	/**
	 * @param redis {@code null} without Redis: the board then holds nothing
	 */
	ClusterBoard(StringRedisTemplate redis, JsonMapper json, Clock clock, String keyPrefix, Duration interval) {
		this.redis = redis;
		this.json = json;
		this.clock = clock;
		this.key = keyPrefix + ":ops:v1:instances";
		this.staleAfter = interval.multipliedBy(3);
	}

	void publish(SystemSample sample) {
		if (redis == null) {
			return;
		}
		try {
			redis.opsForHash().put(key, sample.instance(), json.writeValueAsString(sample));
			redis.expire(key, Duration.ofDays(1));
		}
		catch (RuntimeException ex) {
			log.debug("Could not publish this instance's figures: {}", ex.toString());
		}
	}

	/**
	 * The other instances' latest samples, by instance id; empty without Redis or while
	 * it is unreachable.
	 */
	List<SystemSample> others(String self) {
		List<SystemSample> others = new ArrayList<>();
		if (redis == null) {
			return others;
		}
		try {
			Instant stale = clock.instant().minus(staleAfter);
			for (Map.Entry<Object, Object> entry : redis.opsForHash().entries(key).entrySet()) {
				SystemSample sample = json.readValue(entry.getValue().toString(), SystemSample.class);
				if (sample.at().isBefore(stale)) {
					redis.opsForHash().delete(key, entry.getKey());
				}
				else if (!sample.instance().equals(self)) {
					others.add(sample);
				}
			}
		}
		catch (RuntimeException ex) {
			log.debug("Cluster figures unavailable: {}", ex.toString());
		}
		others.sort(Comparator.comparing(SystemSample::instance));
		return others;
	}

}
