package com.broadsheet.caching;

import java.util.List;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests are cacheable public responses, and the key each is cached under: the
 * path plus only the query parameters that change the response, in a fixed order, so
 * {@code ?utm_source=x} or a reordered query does not fragment the cache.
 */
final class PageKeys {

	/** Query parameters any cacheable page reads; everything else is ignored. */
	static final List<String> PARAMETERS = List.of("page", "category", "tag", "author", "from");

	private static final List<String> EXACT = List.of("/", "/feed.xml", "/rss.xml", "/sitemap.xml", "/robots.txt",
			"/contact", "/thank-you", "/api/v1/articles", "/api/v1/categories", "/api/v1/tags", "/api/v1/authors");

	private static final List<String> PREFIXES = List.of("/blog/", "/category/", "/tag/", "/author/",
			"/api/v1/articles/");

	private PageKeys() {
	}

	static boolean cacheable(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return false;
		}
		String path = request.getRequestURI();
		if (EXACT.contains(path)) {
			return true;
		}
		for (String prefix : PREFIXES) {
			if (path.startsWith(prefix) && path.length() > prefix.length() && path.indexOf('/', prefix.length()) < 0) {
				return true;
			}
		}
		return false;
	}

	static String of(HttpServletRequest request) {
		if (request.getQueryString() == null) {
			// Most requests: no query to parse (getParameter would parse it).
			return request.getRequestURI();
		}
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		for (String parameter : PARAMETERS) {
			String value = request.getParameter(parameter);
			if (value != null) {
				query.add(parameter + "=" + value);
			}
		}
		return request.getRequestURI() + query;
	}

}
