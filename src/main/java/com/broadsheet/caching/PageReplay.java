package com.broadsheet.caching;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes a cached page: {@code 304 Not Modified} when the client holds this version,
 * headers only for HEAD, the whole page otherwise.
 */
final class PageReplay {

	private PageReplay() {
	}

	/**
	 * @param rendered the page was rendered into this very response, which therefore
	 * already carries its headers
	 * @return the status sent
	 */
	static int replay(HttpServletRequest request, HttpServletResponse response, CachedPage page, boolean rendered)
			throws IOException {
		if (page.route() != null) {
			request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, page.route());
			ServerHttpObservationFilter.findObservationContext(request)
				.ifPresent(context -> context.setPathPattern(page.route()));
		}
		boolean notModified = notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag());
		for (Map.Entry<String, List<String>> header : page.headers().entrySet()) {
			if (!(notModified && header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE))) {
				List<String> values = header.getValue();
				if (rendered) {
					// The render has just set these on this response.
					response.setHeader(header.getKey(), values.getFirst());
					values.stream().skip(1).forEach(value -> response.addHeader(header.getKey(), value));
				}
				else {
					// None is on the response yet (see PageCapture): adding them spares
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

	/**
	 * {@code If-None-Match} by the weak comparison of RFC 9110 §13.1.2, as Spring's
	 * {@link ETag} implements it: {@code W/"x"} (what a compressing CDN sends back)
	 * matches {@code "x"}.
	 */
	static boolean notModified(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		ETag current = ETag.create(etag);
		for (ETag candidate : ETag.parse(ifNoneMatch)) {
			if (candidate.isWildcard() || candidate.compare(current, false)) {
				return true;
			}
		}
		return false;
	}

}
