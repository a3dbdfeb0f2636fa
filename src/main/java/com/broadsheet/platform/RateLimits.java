package com.broadsheet.platform;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Fixed-window counters shared by every instance through Redis when it is configured
 * ({@code <prefix>:rl:<name>:<key>}, expiring with the window), and kept in this
 * instance's memory otherwise. While Redis is unreachable the counters fall back to
 * memory for a few seconds at a time, so limits still hold per instance and no request
 * waits for a dead Redis.
 */
public final class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	/**
	 * Increments the counter, starts its window on the first hit; returns count and ms
	 * left.
	 */
	private static final RedisScript<List> HIT = RedisScript.of("""
			local n = redis.call('INCR', KEYS[1])
			if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
			local ttl = redis.call('PTTL', KEYS[1])
			if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
			return {n, ttl}
			""", List.class);

	private static final Duration REDIS_PAUSE = Duration.ofSeconds(5);

	/** A limit: at most {@code requests} per {@code per}. */
	public record Limit(int requests, Duration per) {
	}

	/**
	 * @param count hits in the current window, this one included
	 * @param retryAfter until the window ends
	 */
	public record Decision(boolean allowed, long count, Duration retryAfter) {
	}

	private record Window(long endsAt, AtomicLong count) {
	}

	private final StringRedisTemplate redis;

	private final String prefix;

	private final Clock clock;

	private final Map<String, Window> local = new ConcurrentHashMap<>();

	private volatile long redisPausedUntil;

	public RateLimits(StringRedisTemplate redis, String keyPrefix, Clock clock) {
		this.redis = redis;
		this.prefix = keyPrefix + ":rl:";
		this.clock = clock;
	}

	/**
	 * Counts one hit against {@code name}/{@code key} and says whether it is within the
	 * limit.
	 */
	public Decision hit(String name, String key, Limit limit) {
		long[] counted = count(name + ":" + key, limit.per());
		return new Decision(counted[0] <= limit.requests(), counted[0], Duration.ofMillis(Math.max(counted[1], 1000)));
	}

	/**
	 * Whether {@code name}/{@code key} has reached the limit already, without counting.
	 */
	public Decision peek(String name, String key, Limit limit) {
		long[] current = current(name + ":" + key);
		return new Decision(current[0] < limit.requests(), current[0], Duration.ofMillis(Math.max(current[1], 1000)));
	}

	/** Forgets the counter (e.g. failed sign-ins after a successful one). */
	public void reset(String name, String key) {
		String id = name + ":" + key;
		local.remove(id);
		if (useRedis()) {
			try {
				redis.delete(prefix + id);
			}
			catch (RuntimeException ex) {
				pauseRedis(ex);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private long[] count(String id, Duration window) {
		if (useRedis()) {
			try {
				List<Long> result = redis.execute(HIT, List.of(prefix + id), Long.toString(window.toMillis()));
				return new long[] { result.get(0), result.get(1) };
			}
			catch (RuntimeException ex) {
				pauseRedis(ex);
			}
		}
		long now = clock.millis();
		Window current = local.compute(id,
				(k, w) -> (w == null || w.endsAt() <= now) ? new Window(now + window.toMillis(), new AtomicLong()) : w);
		if (local.size() > 100_000) {
			local.values().removeIf(w -> w.endsAt() <= now);
		}
		return new long[] { current.count().incrementAndGet(), current.endsAt() - now };
	}

	private long[] current(String id) {
		if (useRedis()) {
			try {
				String value = redis.opsForValue().get(prefix + id);
				Long ttl = redis.getExpire(prefix + id, java.util.concurrent.TimeUnit.MILLISECONDS);
				return new long[] { value == null ? 0 : Long.parseLong(value), ttl == null ? 0 : ttl };
			}
			catch (RuntimeException ex) {
				pauseRedis(ex);
			}
		}
		long now = clock.millis();
		Window window = local.get(id);
		return (window == null || window.endsAt() <= now) ? new long[] { 0, 0 }
				: new long[] { window.count().get(), window.endsAt() - now };
	}

	private boolean useRedis() {
		return redis != null && clock.millis() >= redisPausedUntil;
	}

	private void pauseRedis(RuntimeException ex) {
		redisPausedUntil = clock.millis() + REDIS_PAUSE.toMillis();
		log.debug("Rate limits fall back to this instance's memory for {}: {}", REDIS_PAUSE, ex.toString());
	}

	static String hash(String value) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(value.getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
