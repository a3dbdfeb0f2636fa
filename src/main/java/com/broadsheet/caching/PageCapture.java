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

import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.broadsheet.web.SurrogateKeyHeader;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Renders a public page through the rest of the filter chain into memory and turns it
 * into a {@link CachedPage} with its HTTP caching headers — or, when it must not be
 * stored (not a 200, sets a cookie, names no surrogate keys), keeps it as it is.
 */
class PageCapture {

	/** Headers never stored with a page or replayed from it. */
	private static final Set<String> TRANSIENT = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
			"connection", "keep-alive");

	/**
	 * What a render produced: a cacheable page, or a response that must not be stored.
	 */
	record Rendered(CachedPage page, ContentCachingResponseWrapper uncached) {
	}

	private final String cacheControl;

	private final CacheMeters meters;

	PageCapture(CacheProperties properties, CacheMeters meters) {
		this.cacheControl = properties.http().cacheControl();
		this.meters = meters;
	}

	Rendered render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long localSequence,
			long sharedSequence) throws ServletException, IOException {
		// What the filters in front of this one set is set on every response, cached or
		// not: it is not part of the page, and replaying it would set it twice.
		Set<String> preset = new HashSet<>();
		response.getHeaderNames().forEach(name -> preset.add(name.toLowerCase(Locale.ROOT)));
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		Timer.Sample sample = Timer.start(meters.registry());
		chain.doFilter(request, capture);
		sample.stop(meters.renders());
		if (capture.getStatus() != 200 || capture.containsHeader(HttpHeaders.SET_COOKIE)
				|| capture.getHeader(SurrogateKeyHeader.NAME) == null) {
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
		headers.put(HttpHeaders.CACHE_CONTROL, List.of(cacheControl));
		headers.put(HttpHeaders.VARY, List.of(HttpHeaders.ACCEPT_ENCODING));
		String etag = etag(body);
		headers.put(HttpHeaders.ETAG, List.of(etag));
		Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		CachedPage page = new CachedPage(200, headers, body, etag,
				SurrogateKeyHeader.parse(capture.getHeader(SurrogateKeyHeader.NAME)), localSequence, sharedSequence,
				route == null ? null : route.toString());
		capture.resetBuffer();
		return new Rendered(page, capture);
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
