package com.broadsheet.caching;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.RedisStringCommands;
import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.core.types.Expiration;

/**
 * L2 in Redis. Keys are versioned ({@code <broadsheet.redis.key-prefix>:v2:...}), so a
 * release that stores a different format never reads the old one.
 * <ul>
 * <li>{@code page:<key>} — a serialized {@link CachedPage}, with a TTL;</li>
 * <li>{@code seq} — the invalidation sequence, incremented by every invalidation;</li>
 * <li>{@code inv:<surrogate key>} — the sequence of that key's last invalidation;</li>
 * <li>{@code floor} — pages rendered before it are stale (raised after an invalidation
 * could not reach Redis).</li>
 * </ul>
 * A page is fresh if none of its keys was invalidated after its render started. Every
 * call goes through a circuit breaker with a short timeout: while Redis is slow or down,
 * calls are skipped and readers are served from L1 and the database.
 */
class RedisPages implements SharedPages {

	private static final Logger log = LoggerFactory.getLogger(RedisPages.class);

	/**
	 * Increments the sequence, then raises each key's invalidation mark to it (never
	 * lowers it, whatever order concurrent invalidations land in).
	 */
	private static final byte[] INVALIDATE = """
			local n = redis.call('INCR', KEYS[1])
			for i = 2, #KEYS do
			  local v = tonumber(redis.call('GET', KEYS[i]) or '0')
			  if v < n then redis.call('SET', KEYS[i], n, 'PX', ARGV[1]) end
			end
			return n
			""".getBytes(StandardCharsets.UTF_8);

	private final RedisConnectionFactory connections;

	private final CircuitBreaker breaker;

	private final MeterRegistry meters;

	private final String prefix;

	private final Duration ttl;

	/** An invalidation did not reach Redis: raise the floor as soon as it is back. */
	private final AtomicBoolean lostInvalidation = new AtomicBoolean();

	RedisPages(RedisConnectionFactory connections, CircuitBreaker breaker, MeterRegistry meters,
			CacheProperties properties, String keyPrefix) {
		this.connections = connections;
		this.breaker = breaker;
		this.meters = meters;
		this.prefix = keyPrefix + ":v" + CachedPage.FORMAT + ":";
		this.ttl = properties.sharedTtl();
		warmUp();
	}

	/**
	 * Opens the connection before the first real call, outside the circuit breaker:
	 * connecting takes longer than a command may, and must not count as a slow call.
	 */
	private void warmUp() {
		try (var connection = connections.getConnection()) {
			connection.ping();
		}
		catch (RuntimeException ex) {
			log.warn("Redis is not reachable at startup; serving without the shared cache until it is: {}",
					ex.toString());
		}
	}

	@Override
	public CachedPage get(String key) {
		return call("get", () -> {
			try (var connection = connections.getConnection()) {
				byte[] stored = connection.stringCommands().get(bytes("page:" + key));
				CachedPage page = stored == null ? null : CachedPage.deserialize(stored);
				if (page == null) {
					return null;
				}
				List<byte[]> marks = new ArrayList<>();
				marks.add(bytes("floor"));
				page.keys().forEach(k -> marks.add(bytes("inv:" + k)));
				List<byte[]> values = connection.stringCommands().mGet(marks.toArray(byte[][]::new));
				for (byte[] value : values) {
					if (value != null
							&& Long.parseLong(new String(value, StandardCharsets.UTF_8)) > page.sharedSequence()) {
						return null;
					}
				}
				return page;
			}
		}, null);
	}

	@Override
	public void put(String key, CachedPage page) {
		call("put", () -> {
			try (var connection = connections.getConnection()) {
				connection.stringCommands()
					.set(bytes("page:" + key), page.serialize(), Expiration.from(ttl),
							RedisStringCommands.SetOption.upsert());
			}
			return null;
		}, null);
	}

	@Override
	public long sequence() {
		Long sequence = call("sequence", () -> {
			raiseFloorIfNeeded();
			try (var connection = connections.getConnection()) {
				byte[] value = connection.stringCommands().get(bytes("seq"));
				return value == null ? 0L : Long.parseLong(new String(value, StandardCharsets.UTF_8));
			}
		}, null);
		// Without a sequence a page could be stored with a stale mark; Long.MIN_VALUE
		// keeps it out.
		return sequence == null ? Long.MIN_VALUE : sequence;
	}

	@Override
	public void invalidate(Set<String> keys) {
		Object done = call("invalidate", () -> {
			List<byte[]> arguments = new ArrayList<>();
			arguments.add(bytes("seq"));
			keys.forEach(key -> arguments.add(bytes("inv:" + key)));
			arguments.add(Long.toString(ttl.plusMinutes(5).toMillis()).getBytes(StandardCharsets.UTF_8));
			try (var connection = connections.getConnection()) {
				connection.scriptingCommands()
					.eval(INVALIDATE, ReturnType.INTEGER, keys.size() + 1, arguments.toArray(byte[][]::new));
			}
			return Boolean.TRUE;
		}, null);
		if (done == null) {
			lostInvalidation.set(true);
		}
	}

	/**
	 * Everything rendered before now is stale: the safe answer to a lost invalidation.
	 */
	private void raiseFloorIfNeeded() {
		if (lostInvalidation.compareAndSet(true, false)) {
			try (var connection = connections.getConnection()) {
				Long sequence = connection.stringCommands().incr(bytes("seq"));
				connection.stringCommands()
					.set(bytes("floor"), Long.toString(sequence).getBytes(StandardCharsets.UTF_8),
							Expiration.from(ttl.plusMinutes(5)), RedisStringCommands.SetOption.upsert());
				log.info("Redis is reachable again; pages cached before the outage are treated as stale");
			}
			catch (RuntimeException ex) {
				lostInvalidation.set(true);
				throw ex;
			}
		}
	}

	private <T> T call(String operation, Supplier<T> work, T fallback) {
		try {
			return breaker.executeSupplier(work);
		}
		catch (CallNotPermittedException ex) {
			meters.counter("broadsheet.cache.l2.skipped", "operation", operation).increment();
			return fallback;
		}
		catch (RuntimeException ex) {
			meters.counter("broadsheet.cache.l2.errors", "operation", operation).increment();
			log.debug("Redis {} failed: {}", operation, ex.toString());
			return fallback;
		}
	}

	private byte[] bytes(String key) {
		return (prefix + key).getBytes(StandardCharsets.UTF_8);
	}

	/** Whether Redis answers now (used by the health check); never throws. */
	boolean ping() {
		return Boolean.TRUE.equals(call("ping", () -> {
			try (var connection = connections.getConnection()) {
				return "PONG".equals(connection.ping());
			}
		}, Boolean.FALSE));
	}

}
