package com.broadsheet.caching;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.broadsheet.web.PublicRoute;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the public routes modules declared from L1, then L2, then by rendering — at most
 * one render per key and instance at a time, however many readers ask (single flight).
 * Every public 200 gets HTTP caching headers (Cache-Control, a strong ETag, Vary) and an
 * {@code If-None-Match} that matches is answered 304 without a body, from the cache
 * without rendering. Anything that is not a public route passes through untouched, apart
 * from a {@code no-store} on answers to forms: they may echo what a visitor typed.
 * Registered for the REQUEST dispatch only (see FilterOrder).
 */
class PageCacheFilter extends HttpFilter {

	private static final long WAIT_SECONDS = 10;

	private final PageKeys keys;

	private final LocalPages local;

	private final SharedPages shared;

	private final PageCapture capture;

	private final CacheMeters meters;

	private final boolean enabled;

	PageCacheFilter(PageKeys keys, LocalPages local, SharedPages shared, PageCapture capture, CacheMeters meters,
			boolean enabled) {
		this.keys = keys;
		this.local = local;
		this.shared = shared;
		this.capture = capture;
		this.meters = meters;
		this.enabled = enabled;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PublicRoute route = keys.route(request);
		if (route == null) {
			if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
					&& response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			}
			chain.doFilter(request, response);
			return;
		}
		if (!enabled) {
			send(request, response, capture.render(request, response, chain, 0, 0));
			return;
		}
		serveCached(request, response, chain, PageKeys.of(request, route), System.nanoTime());
	}

	private void serveCached(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
			long started) throws ServletException, IOException {
		CompletableFuture<CachedPage> existing = local.find(key);
		if (existing != null && existing.isDone() && !existing.isCompletedExceptionally()) {
			// The hot path: a finished page in memory, served without allocating a
			// future.
			CachedPage page = existing.getNow(null);
			if (page != null && local.fresh(page)) {
				meters.lookup("l1", "hit");
				meters.served(request, page, PageReplay.replay(request, response, page, false), started);
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
				meters.lookup("l1", "hit");
				meters.served(request, page, PageReplay.replay(request, response, page, false), started);
				return;
			}
			local.drop(key, existing);
			meters.lookup("l1", page == null ? "miss" : "stale");
			existing = local.claim(key, mine);
			if (existing != null) {
				// Someone else took over loading; render our own copy rather than queue
				// again.
				send(request, response, capture.render(request, response, chain, local.sequence(), Long.MIN_VALUE));
				return;
			}
		}
		else {
			meters.lookup("l1", "miss");
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
				meters.lookup("l2", "hit");
				CachedPage adopted = new CachedPage(fromShared.status(), fromShared.headers(), fromShared.body(),
						fromShared.etag(), fromShared.keys(), localSequence, fromShared.sharedSequence(),
						fromShared.route());
				mine.complete(adopted);
				meters.served(request, adopted, PageReplay.replay(request, response, adopted, false), started);
				return;
			}
			meters.lookup("l2", "miss");
			long sharedSequence = shared.sequence();
			PageCapture.Rendered rendered = capture.render(request, response, chain, localSequence, sharedSequence);
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

	private void send(HttpServletRequest request, HttpServletResponse response, PageCapture.Rendered rendered)
			throws IOException {
		if (rendered.page() != null) {
			PageReplay.replay(request, response, rendered.page(), true);
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

}
