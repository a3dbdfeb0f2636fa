package com.broadsheet.caching;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.broadsheet.platform.SurrogateKeys;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves cacheable public GETs from L1, then L2, then by rendering — at most one render
 * per key and instance at a time, however many readers ask (single flight). Every public
 * 200 gets HTTP caching headers (Cache-Control, a strong ETag, Vary) and an
 * {@code If-None-Match} that matches is answered 304 without a body, from the cache
 * without rendering. Non-GET public responses are marked {@code no-store}: they may echo
 * what a visitor typed. Registered for the REQUEST dispatch only (see FilterOrder).
 */
class PageCacheFilter extends HttpFilter {

	/** Headers never stored with a page or replayed from it. */
	private static final Set<String> TRANSIENT = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
			"connection", "keep-alive");

	private static final long WAIT_SECONDS = 10;

	private final LocalPages local;

	private final SharedPages shared;

	private final CacheProperties properties;

	private final MeterRegistry meters;

	private final Timer renders;

	/** Looked up once: a meter lookup per request would cost more than the hit itself. */
	private final Map<String, Counter> outcomes = new ConcurrentHashMap<>();

	/** Per route: GET 200, GET 304, HEAD 200, HEAD 304. */
	private final Map<String, Timer[]> served = new ConcurrentHashMap<>();

	PageCacheFilter(LocalPages local, SharedPages shared, CacheProperties properties, MeterRegistry meters) {
		this.local = local;
		this.shared = shared;
		this.properties = properties;
		this.meters = meters;
		this.renders = Timer.builder("broadsheet.cache.load")
			.description("Time to render a page on a cache miss")
			.register(meters);
	}

	/** Admin, sign-in and actuator requests are none of this filter's business. */
	private static boolean personal(String path) {
		return path.startsWith("/admin") || path.startsWith("/api/v1/admin") || path.startsWith("/login")
				|| path.startsWith("/logout") || path.startsWith("/actuator");
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (personal(request.getRequestURI())) {
			chain.doFilter(request, response);
			return;
		}
		if (!PageKeys.cacheable(request)) {
			if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			}
			chain.doFilter(request, response);
			return;
		}
		if (!properties.enabled()) {
			Rendered rendered = render(request, response, chain, 0, 0);
			send(request, response, rendered);
			return;
		}
		serveCached(request, response, chain, PageKeys.of(request), System.nanoTime());
	}

	private void serveCached(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
			long started) throws ServletException, IOException {
		CompletableFuture<CachedPage> existing = local.find(key);
		if (existing != null && existing.isDone() && !existing.isCompletedExceptionally()) {
			// The hot path: a finished page in memory, served without allocating a
			// future.
			CachedPage page = existing.getNow(null);
			if (page != null && local.fresh(page)) {
				hit("l1", "hit");
				served(request, page, replay(request, response, page, false), started);
				return;
			}
		}
		CompletableFuture<CachedPage> mine = new CompletableFuture<>();
		if (existing == null) {
			existing = local.claim(key, mine);
		}
		if (existing != null) {
			CachedPage page = await(existing);
			if (page != null && local.fresh(page)) {
				hit("l1", "hit");
				served(request, page, replay(request, response, page, false), started);
				return;
			}
			local.drop(key, existing);
			hit("l1", page == null ? "miss" : "stale");
			existing = local.claim(key, mine);
			if (existing != null) {
				// Someone else took over loading; render our own copy rather than queue
				// again.
				send(request, response, render(request, response, chain, local.sequence(), Long.MIN_VALUE));
				return;
			}
		}
		else {
			hit("l1", "miss");
		}
		load(request, response, chain, key, mine, started);
	}

	/** This thread owns {@code mine}: fill it from L2 or by rendering, then answer. */
	private void load(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
			CompletableFuture<CachedPage> mine, long started) throws ServletException, IOException {
		try {
			long localSequence = local.sequence();
			CachedPage fromShared = shared.get(key);
			if (fromShared != null && !local.changedSince(fromShared.localSequence(), fromShared.keys())) {
				hit("l2", "hit");
				CachedPage adopted = new CachedPage(fromShared.status(), fromShared.headers(), fromShared.body(),
						fromShared.etag(), fromShared.keys(), localSequence, fromShared.sharedSequence(),
						fromShared.route());
				mine.complete(adopted);
				served(request, adopted, replay(request, response, adopted, false), started);
				return;
			}
			hit("l2", "miss");
			long sharedSequence = shared.sequence();
			Rendered rendered = render(request, response, chain, localSequence, sharedSequence);
			CachedPage page = rendered.page();
			if (page != null && !local.changedSince(localSequence, page.keys())) {
				mine.complete(page);
				if (sharedSequence != Long.MIN_VALUE) {
					shared.put(key, page);
				}
			}
			else {
				mine.complete(null);
			}
			send(request, response, rendered);
		}
		catch (ServletException | IOException | RuntimeException | Error ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
	}

	/**
	 * What a render produced: a cacheable page, or a response that must not be stored.
	 */
	private record Rendered(CachedPage page, ContentCachingResponseWrapper uncached) {
	}

	private Rendered render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			long localSequence, long sharedSequence) throws ServletException, IOException {
		// What the filters in front of this one set is set on every response, cached or
		// not: it is not part of the page, and replaying it would set it twice.
		Set<String> preset = new HashSet<>();
		response.getHeaderNames().forEach(name -> preset.add(name.toLowerCase(Locale.ROOT)));
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		Timer.Sample sample = Timer.start(meters);
		chain.doFilter(request, capture);
		sample.stop(renders);
		if (capture.getStatus() != 200 || capture.containsHeader(HttpHeaders.SET_COOKIE)
				|| capture.getHeader(SurrogateKeys.HEADER) == null) {
			return new Rendered(null, capture);
		}
		byte[] body = capture.getContentAsByteArray();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : capture.getHeaderNames()) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (!TRANSIENT.contains(lower) && !preset.contains(lower)) {
				headers.put(name, new ArrayList<>(capture.getHeaders(name)));
			}
		}
		headers.put(HttpHeaders.CONTENT_TYPE, List.of(capture.getContentType()));
		headers.put(HttpHeaders.CACHE_CONTROL, List.of(properties.http().cacheControl()));
		headers.put(HttpHeaders.VARY, List.of(HttpHeaders.ACCEPT_ENCODING));
		String etag = etag(body);
		headers.put(HttpHeaders.ETAG, List.of(etag));
		Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		CachedPage page = new CachedPage(200, headers, body, etag,
				SurrogateKeys.parse(capture.getHeader(SurrogateKeys.HEADER)), localSequence, sharedSequence,
				route == null ? null : route.toString());
		capture.resetBuffer();
		return new Rendered(page, capture);
	}

	private void send(HttpServletRequest request, HttpServletResponse response, Rendered rendered) throws IOException {
		if (rendered.page() != null) {
			replay(request, response, rendered.page(), true);
		}
		else {
			ContentCachingResponseWrapper uncached = rendered.uncached();
			if (uncached.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
				// Errors and anything personal: no cache may keep them.
				uncached.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			}
			uncached.copyBodyToResponse();
		}
	}

	/**
	 * A page served from L1 or L2 is answered before Spring's HTTP observation runs (that
	 * is what makes it cheap), so it is timed here, as the same
	 * {@code http.server.requests} meter with the same tags: request rates, error ratios
	 * and latency percentiles count every request, not only the renders.
	 */
	private void served(HttpServletRequest request, CachedPage page, int status, long started) {
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

	/**
	 * Writes a page: 304 if the client has this version, headers only for HEAD.
	 * {@code rendered}: the page was rendered into this very response, which therefore
	 * already carries its headers.
	 * @return the status sent
	 */
	private int replay(HttpServletRequest request, HttpServletResponse response, CachedPage page, boolean rendered)
			throws IOException {
		if (page.route() != null) {
			request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, page.route());
			ServerHttpObservationFilter.findObservationContext(request)
				.ifPresent(context -> context.setPathPattern(page.route()));
		}
		boolean notModified = matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag());
		for (Map.Entry<String, List<String>> header : page.headers().entrySet()) {
			if (!(notModified && header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE))) {
				List<String> values = header.getValue();
				if (rendered) {
					// The render has just set these on this response.
					response.setHeader(header.getKey(), values.getFirst());
					values.stream().skip(1).forEach(value -> response.addHeader(header.getKey(), value));
				}
				else {
					// None is on the response yet (see render): adding them spares
					// Tomcat a search for an existing header per name.
					values.forEach(value -> response.addHeader(header.getKey(), value));
				}
			}
		}
		if (notModified) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return HttpServletResponse.SC_NOT_MODIFIED;
		}
		response.setStatus(page.status());
		response.setContentLength(page.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(page.body());
		}
		return page.status();
	}

	private CachedPage await(CompletableFuture<CachedPage> future) {
		try {
			return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	private void hit(String level, String result) {
		outcomes
			.computeIfAbsent(level + result,
					k -> meters.counter("broadsheet.cache.requests", "level", level, "result", result))
			.increment();
	}

	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.equals("*") || tag.equals(etag)) {
				return true;
			}
		}
		return false;
	}

	/** A strong validator: the first 128 bits of the body's SHA-256, quoted. */
	static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
