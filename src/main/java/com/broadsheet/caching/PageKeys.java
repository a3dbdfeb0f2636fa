package com.broadsheet.caching;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import com.broadsheet.web.PublicRoute;
import com.broadsheet.web.PublicRoutes;

/**
 * Which requests are cacheable public responses (the routes modules declared public), and
 * the key each is cached under: the path plus only the query parameters its route reads,
 * in a fixed order and with every value a parameter has (as parameter binding sees them),
 * so {@code ?utm_source=x} or a reordered query does not fragment the cache and a
 * repeated parameter cannot pass for a single one.
 */
final class PageKeys {

	private final List<PublicRoute> routes;

	PageKeys(List<PublicRoutes> contributions) {
		this.routes = contributions.stream().flatMap(routes -> routes.routes().stream()).toList();
	}

	/** The public route serving this GET or HEAD, or {@code null}. */
	PublicRoute route(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return null;
		}
		String path = request.getRequestURI();
		for (PublicRoute route : routes) {
			if (route.matches(path)) {
				return route;
			}
		}
		return null;
	}

	static String of(HttpServletRequest request, PublicRoute route) {
		if (request.getQueryString() == null || route.parameters().isEmpty()) {
			// Most requests: no query to parse (getParameter would parse it).
			return request.getRequestURI();
		}
		StringBuilder key = new StringBuilder(request.getRequestURI());
		char separator = '?';
		for (String parameter : route.parameters()) {
			String[] values = request.getParameterValues(parameter);
			if (values != null) {
				key.append(separator).append(parameter).append('=').append(String.join(",", values));
				separator = '&';
			}
		}
		return key.toString();
	}

}
