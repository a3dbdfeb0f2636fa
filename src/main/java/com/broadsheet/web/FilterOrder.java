package com.broadsheet.web;

import org.springframework.core.Ordered;

/**
 * The order of the servlet filters in front of the application, in one place because it
 * matters: a page served from memory must cost as little as possible, so the page cache
 * comes before the HTTP observation (a span and timer per request) and everything else,
 * while request logging, the management-port guard, security headers and rate limits come
 * before the cache so that cached responses are logged, counted, guarded and limited too.
 * <p>
 * The filters in front of the cache are plain {@link jakarta.servlet.http.HttpFilter}s,
 * registered for the REQUEST dispatch only: Spring's {@code OncePerRequestFilter} would
 * build an attribute name and set and remove a request attribute per filter and request,
 * which on a cache hit costs more than the filters' own work.
 */
public final class FilterOrder {

	public static final int REQUEST_LOGGING = Ordered.HIGHEST_PRECEDENCE;

	public static final int MANAGEMENT_GUARD = Ordered.HIGHEST_PRECEDENCE + 1;

	public static final int SECURITY_HEADERS = Ordered.HIGHEST_PRECEDENCE + 2;

	public static final int RATE_LIMITS = Ordered.HIGHEST_PRECEDENCE + 3;

	public static final int PAGE_CACHE = Ordered.HIGHEST_PRECEDENCE + 5;

	/** Spring's ServerHttpObservationFilter: only requests the cache did not answer. */
	public static final int HTTP_OBSERVATION = Ordered.HIGHEST_PRECEDENCE + 6;

	public static final int BODY_SIZE_LIMIT = Ordered.HIGHEST_PRECEDENCE + 10;

	private FilterOrder() {
	}

}
