package com.broadsheet.caching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page cache's meters, each looked up once: a meter lookup per request would cost
 * more than a hit itself.
 */
class CacheMeters {

	private final MeterRegistry meters;

	private final Timer renders;

	private final Map<String, Counter> outcomes = new ConcurrentHashMap<>();

	/** Per route: GET 200, GET 304, HEAD 200, HEAD 304. */
	private final Map<String, Timer[]> served = new ConcurrentHashMap<>();

	CacheMeters(MeterRegistry meters) {
		this.meters = meters;
		this.renders = Timer.builder("broadsheet.cache.load")
			.description("Time to render a page on a cache miss")
			.register(meters);
	}

	Timer renders() {
		return renders;
	}

	MeterRegistry registry() {
		return meters;
	}

	/** {@code broadsheet.cache.requests{level, result}}. */
	void lookup(String level, String result) {
		outcomes
			.computeIfAbsent(level + result,
					k -> meters.counter("broadsheet.cache.requests", "level", level, "result", result))
			.increment();
	}

	/**
	 * A page served from L1 or L2 is answered before Spring's HTTP observation runs (that
	 * is what makes it cheap), so it is timed here, as the same
	 * {@code http.server.requests} meter with the same tags: request rates, error ratios
	 * and latency percentiles count every request, not only the renders.
	 */
	void served(HttpServletRequest request, CachedPage page, int status, long started) {
		long nanos = System.nanoTime() - started;
		String route = page.route() == null ? "UNKNOWN" : page.route();
		boolean head = "HEAD".equals(request.getMethod());
		int slot = (head ? 2 : 0) + (status == HttpServletResponse.SC_NOT_MODIFIED ? 1 : 0);
		Timer[] timers = served.computeIfAbsent(route, k -> new Timer[4]);
		Timer timer = timers[slot];
		if (timer == null) {
			// Registering twice under a race returns the same meter.
			timer = Timer.builder("http.server.requests")
				.tags("exception", "none", "error", "none", "method", head ? "HEAD" : "GET", "uri", route, "status",
						Integer.toString(status), "outcome", status < 300 ? "SUCCESS" : "REDIRECTION")
				.register(meters);
			timers[slot] = timer;
		}
		timer.record(nanos, TimeUnit.NANOSECONDS);
	}

}
