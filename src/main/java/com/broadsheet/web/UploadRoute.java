package com.broadsheet.web;

import org.springframework.util.unit.DataSize;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A route that accepts an upload larger than {@code broadsheet.max-body-size},
 * contributed as a bean by the module that owns the route: the body-size limit lets its
 * requests through up to {@code maxFile} plus the usual limit for the rest of the form.
 *
 * @param pattern the route, as in {@code @PostMapping} (e.g.
 * {@code /admin/articles/{id}/cover})
 * @param maxFile the largest file the route accepts
 */
public record UploadRoute(PathPattern pattern, DataSize maxFile) {

	public static UploadRoute of(String pattern, DataSize maxFile) {
		return new UploadRoute(PathPatternParser.defaultInstance.parse(pattern), maxFile);
	}

}
