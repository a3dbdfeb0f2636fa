package com.broadsheet.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Fixed-window counters shared by every instance through Redis when it is configured
 * ({@code <prefix>:rl:<name>:<key>}, expiring with the window), and kept in this
 * instance's memory otherwise (bounded, whatever number of clients). Redis calls go
 * through the application's Redis circuit breaker: while Redis is unreachable the
 * counters fall back to memory, so limits still hold per instance and no request waits
 * for a dead Redis.
 */
public final class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	/** Counters kept in memory at most; the least recently used go first. */
	static final int LOCAL_CAPACITY = 100_000;

	/**
	 * Increments the counter, starts its window on the first hit; returns count and ms
	 * left.
	 */
	@SuppressWarnings("rawtypes")
	private static final RedisScript<List> HIT = RedisScript.of("""
			local n = redis.call('INCR', KEYS[1])
			if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
			local ttl = redis.call('PTTL', KEYS[1])
			if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
			return {n, ttl}
			""", List.class);

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

	private final CircuitBreaker breaker;

	private final String prefix;

	private final Clock clock;

	private final Cache<String, Window> local;

	/** Counters in this instance's memory only (no Redis configured). */
	public RateLimits(Clock clock) {
		this(null, null, "", clock);
	}

	/** Counters in Redis, through {@code breaker}; in memory while it is open. */
	public RateLimits(StringRedisTemplate redis, CircuitBreaker breaker, String keyPrefix, Clock clock) {
		this.redis = redis;
		this.breaker = breaker;
		this.prefix = keyPrefix + ":rl:";
		this.clock = clock;
		this.local = Caffeine.newBuilder()
			.maximumSize(LOCAL_CAPACITY)
			.expireAfter(Expiry.<String, Window>creating(
					(id, window) -> Duration.ofMillis(Math.max(0, window.endsAt() - clock.millis()))))
			.build();
	}

	/**
	 * Counts one hit against {@code name}/{@code key} and says whether it is within the
	 * limit. Counting and deciding are one step, so concurrent hits never all see the
	 * same count.
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
		local.invalidate(id);
		viaRedis(() -> redis.delete(prefix + id));
	}

	private long[] count(String id, Duration window) {
		long[] shared = viaRedis(() -> {
			List<?> result = redis.execute(HIT, List.of(prefix + id), Long.toString(window.toMillis()));
			return new long[] { ((Number) result.get(0)).longValue(), ((Number) result.get(1)).longValue() };
		});
		if (shared != null) {
			return shared;
		}
		long now = clock.millis();
		Window current = local.asMap()
			.compute(id, (k, w) -> (w == null || w.endsAt() <= now)
					? new Window(now + window.toMillis(), new AtomicLong()) : w);
		return new long[] { current.count().incrementAndGet(), current.endsAt() - now };
	}

	private long[] current(String id) {
		long[] shared = viaRedis(() -> {
			String value = redis.opsForValue().get(prefix + id);
			Long ttl = redis.getExpire(prefix + id, TimeUnit.MILLISECONDS);
			return new long[] { value == null ? 0 : Long.parseLong(value), ttl == null ? 0 : ttl };
		});
		if (shared != null) {
			return shared;
		}
		long now = clock.millis();
		Window window = local.getIfPresent(id);
		return (window == null || window.endsAt() <= now) ? new long[] { 0, 0 }
				: new long[] { window.count().get(), window.endsAt() - now };
	}

	/** The result from Redis, or {@code null} without Redis or while it fails. */
	private <T> T viaRedis(Supplier<T> call) {
		if (redis == null) {
			return null;
		}
		try {
			return breaker.executeSupplier(call);
		}
		catch (RuntimeException ex) {
			log.debug("Rate limits fall back to this instance's memory: {}", ex.toString());
			return null;
		}
	}

	/** A short, stable name for a secret (a token) to key a counter by. */
	public static String hash(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
